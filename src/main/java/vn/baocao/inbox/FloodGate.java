package vn.baocao.inbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import vn.baocao.roster.UserRef;

/**
 * A limit per person on every channel: at most {@code perMinute} updates in any sliding
 * minute. Past it the person gets one polite note, then silence until their last minute
 * holds fewer than the limit again; a second note only after a whole minute without an
 * update past the limit. Counted on a monotonic clock (real seconds, whatever the
 * campaign clock says), in memory: a restart forgets, which only lets a flood through for
 * one more minute.
 */
final class FloodGate {

	/** What to do with one update. */
	enum Verdict {

		/** Within the limit: apply it. */
		PASS,
		/** The first one past the limit: drop it and tell the person once. */
		WARN,
		/** Past the limit and already told: drop it silently. */
		DROP

	}

	private static final long MINUTE_NANOS = 60_000_000_000L;

	private static final int MAX_PEOPLE = 50_000;

	private final int perMinute;

	private final LongSupplier nanos;

	private final Map<UserRef, Window> windows = new LinkedHashMap<>(16, 0.75f, true);

	FloodGate(int perMinute) {
		this(perMinute, System::nanoTime);
	}

	FloodGate(int perMinute, LongSupplier nanos) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("baocao.limits.updates-per-minute must be at least 1, was " + perMinute);
		}
		this.perMinute = perMinute;
		this.nanos = nanos;
	}

	synchronized Verdict admit(UserRef person) {
		long now = nanos.getAsLong();
		Window window = windows.computeIfAbsent(person, p -> new Window());
		while (!window.times.isEmpty() && now - window.times.peekFirst() >= MINUTE_NANOS) {
			window.times.removeFirst();
		}
		if (window.warned && now - window.lastDropped >= MINUTE_NANOS) {
			// a whole minute without an update past the limit: it has calmed down
			window.warned = false;
		}
		if (window.times.size() < perMinute) {
			window.times.addLast(now);
			trim();
			return Verdict.PASS;
		}
		window.lastDropped = now;
		if (window.warned) {
			return Verdict.DROP;
		}
		window.warned = true;
		return Verdict.WARN;
	}

	private void trim() {
		if (windows.size() > MAX_PEOPLE) {
			Iterator<Map.Entry<UserRef, Window>> eldest = windows.entrySet().iterator();
			eldest.next();
			eldest.remove();
		}
	}

	private static final class Window {

		private final Deque<Long> times = new ArrayDeque<>();

		private boolean warned;

		private long lastDropped;

	}

}
