package vn.baocao.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In a group, a person is refused at most once per quiet period ({@link #QUIET} unless
 * {@code baocao.limits.group-refusal-quiet} says otherwise): a member who types a hundred
 * admin commands gets one refusal, not a hundred messages in the group's outbox (Telegram
 * lets a bot post only 20 a minute to a group, and the summary must not wait behind
 * them). Memory only: a restart may let one more refusal through.
 */
final class GroupRefusals {

	static final Duration QUIET = Duration.ofMinutes(10);

	private static final int MAX_PEOPLE = 10_000;

	private final Map<String, Instant> last = new LinkedHashMap<>();

	private final Duration quiet;

	GroupRefusals(Duration quiet) {
		this.quiet = quiet;
	}

	/** Whether a refusal to this person in this group may be sent now (and notes it). */
	synchronized boolean mayRefuse(Inbound in, Instant now) {
		String key = in.channel().key() + "|" + in.chatId() + "|" + in.user().ref().userId();
		Instant before = last.get(key);
		if (before != null && now.isBefore(before.plus(quiet))) {
			return false;
		}
		last.remove(key);
		last.put(key, now);
		if (last.size() > MAX_PEOPLE) {
			Iterator<Map.Entry<String, Instant>> oldest = last.entrySet().iterator();
			oldest.next();
			oldest.remove();
		}
		return true;
	}

}
