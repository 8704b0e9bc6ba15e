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
		return delay(chatId, group, now, 1);
	}

	/**
	 * The same for a message that takes {@code calls} API calls: all of them must fit in
	 * the limits (a message with more calls than a limit allows waits for an empty
	 * window).
	 */
	synchronized Duration delay(String chatId, boolean group, Instant now, int calls) {
		Duration wait = Duration.ZERO;
		if (now.isBefore(pausedUntil)) {
			wait = Duration.between(now, pausedUntil);
		}
		prune(lastSecond, now.minus(SECOND));
		wait = max(wait, untilRoom(lastSecond, limits.perSecond(), calls, SECOND, now));
		if (group) {
			Deque<Instant> minute = lastMinuteByGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>());
			prune(minute, now.minus(MINUTE));
			wait = max(wait, untilRoom(minute, limits.groupPerMinute(), calls, MINUTE, now));
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
		return windowDelay(now, 1);
	}

	synchronized Duration windowDelay(Instant now, int calls) {
		prune(lastSecond, now.minus(SECOND));
		return untilRoom(lastSecond, limits.perSecond(), calls, SECOND, now);
	}

	/**
	 * How long until {@code calls} more fit among {@code times} within {@code limit} per
	 * {@code window}: until enough of the oldest have left it.
	 */
	private static Duration untilRoom(Deque<Instant> times, int limit, int calls, Duration window, Instant now) {
		if (limit == Integer.MAX_VALUE) {
			return Duration.ZERO;
		}
		int needed = Math.min(calls, limit);
		int leaving = times.size() + needed - limit;
		if (leaving <= 0) {
			return Duration.ZERO;
		}
		Instant last = null;
		java.util.Iterator<Instant> oldest = times.iterator();
		for (int i = 0; i < leaving && oldest.hasNext(); i++) {
			last = oldest.next();
		}
		return last == null ? Duration.ZERO : max(Duration.ZERO, Duration.between(now, last.plus(window)));
	}

	synchronized void sent(String chatId, boolean group, Instant at) {
		sent(chatId, group, at, 1);
	}

	/** A message that took {@code calls} API calls, the last answered at {@code at}. */
	synchronized void sent(String chatId, boolean group, Instant at, int calls) {
		for (int i = 0; i < calls; i++) {
			if (limits.perSecond() != Integer.MAX_VALUE) {
				lastSecond.addLast(at);
			}
			if (group) {
				lastMinuteByGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addLast(at);
			}
		}
		if (!group) {
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
