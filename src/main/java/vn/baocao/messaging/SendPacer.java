package vn.baocao.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one channel under its rate limits: tells how long to wait before the next message
 * to a chat may go, and remembers what was sent. Time comes from the caller, so tests use
 * a fake clock.
 */
final class SendPacer {

	private static final Duration SECOND = Duration.ofSeconds(1);

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final RateLimits limits;

	private final Deque<Instant> lastSecond = new ArrayDeque<>();

	private final Map<String, Instant> lastPrivate = new HashMap<>();

	private final Map<String, Deque<Instant>> lastMinuteByGroup = new HashMap<>();

	private Instant pausedUntil = Instant.MIN;

	SendPacer(RateLimits limits) {
		this.limits = limits;
	}

	/** Zero when a message to this chat may go now, else how long to wait. */
	synchronized Duration delay(String chatId, boolean group, Instant now) {
		Duration wait = Duration.ZERO;
		if (now.isBefore(pausedUntil)) {
			wait = Duration.between(now, pausedUntil);
		}
		prune(lastSecond, now.minus(SECOND));
		if (lastSecond.size() >= limits.perSecond()) {
			wait = max(wait, Duration.between(now, lastSecond.peekFirst().plus(SECOND)));
		}
		if (group) {
			Deque<Instant> minute = lastMinuteByGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>());
			prune(minute, now.minus(MINUTE));
			if (minute.size() >= limits.groupPerMinute()) {
				wait = max(wait, Duration.between(now, minute.peekFirst().plus(MINUTE)));
			}
		}
		else {
			Instant last = lastPrivate.get(chatId);
			if (last != null && now.isBefore(last.plus(limits.privateChatGap()))) {
				wait = max(wait, Duration.between(now, last.plus(limits.privateChatGap())));
			}
		}
		return wait;
	}

	/**
	 * The wait imposed by the channel's messages-per-second limit alone: while it lasts
	 * no chat may be sent to, so there is nothing better to do than wait it out.
	 */
	synchronized Duration windowDelay(Instant now) {
		prune(lastSecond, now.minus(SECOND));
		if (lastSecond.size() < limits.perSecond()) {
			return Duration.ZERO;
		}
		return max(Duration.ZERO, Duration.between(now, lastSecond.peekFirst().plus(SECOND)));
	}

	synchronized void sent(String chatId, boolean group, Instant at) {
		if (limits.perSecond() != Integer.MAX_VALUE) {
			lastSecond.addLast(at);
		}
		if (group) {
			lastMinuteByGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addLast(at);
		}
		else {
			lastPrivate.put(chatId, at);
		}
	}

	/** The API said 429: nothing goes out on this channel until the wait is over. */
	synchronized void pause(Instant until) {
		if (until.isAfter(pausedUntil)) {
			pausedUntil = until;
		}
	}

	private static void prune(Deque<Instant> times, Instant olderThan) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(olderThan)) {
			times.removeFirst();
		}
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
