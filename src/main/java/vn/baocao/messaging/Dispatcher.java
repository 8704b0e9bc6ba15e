package vn.baocao.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.storage.SharedDatabase;
import vn.baocao.storage.SharedDatabase.SenderLock;

/**
 * Sends what the outbox holds, one thread per channel: oldest first, one message per chat
 * at a time (so each chat keeps its order), within the channel's rate limits, retrying
 * with backoff. A message is marked sent only after the API accepted it; a restart
 * resumes the rest.
 */
@Component
public class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	/**
	 * With nothing due the dispatcher sleeps until an enqueue wakes it (or the next retry
	 * falls due); this long at most, as a safety net for rows written by another instance
	 * sharing the database.
	 */
	private static final Duration IDLE_WAIT = Duration.ofSeconds(60);

	/** After an unexpected error, before trying again. */
	private static final Duration ERROR_WAIT = Duration.ofSeconds(1);

	/** Sent marks are written together, at most this many or this late. */
	private static final int MARKS_BATCH = 50;

	private static final Duration MARKS_AGE = Duration.ofSeconds(1);

	private static final Duration SECOND = Duration.ofSeconds(1);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	/**
	 * How often an instance that does not send checks whether the sender lock is free.
	 */
	private static final Duration STANDBY_CHECK = Duration.ofSeconds(2);

	/**
	 * After taking the sender lock from another instance, before the first pass: the
	 * instance that had it checks its lock every second and writes its sent marks within
	 * one, so what it sent last is marked before this one reads the outbox.
	 */
	static final Duration TAKEOVER_GRACE = Duration.ofSeconds(5);

	/** On a shared database, how long one wait for an announcement lasts at most. */
	private static final long LISTEN_SLICE_MS = 100;

	private final Outbox outbox;

	private final Clock clock;

	private final List<ChatGateway> gateways;

	private final @Nullable Reachability reachability;

	private final List<ChatChanges> changes;

	private final DeliveryMetrics metrics;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition wake = lock.newCondition();

	private boolean signalled;

	private volatile boolean running;

	/** Set by stop(): a pass in progress ends after the message it is sending. */
	private volatile boolean stopping;

	private ExecutorService executor;

	/**
	 * The lock that makes this instance the one that sends, per channel: on a database
	 * several instances share (PostgreSQL) one instance sends, the others stand by; on
	 * SQLite it is always this one.
	 */
	private final @Nullable SharedDatabase shared;

	private final java.util.Map<Channel, SenderLock> turns = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Whether a loop of this instance holds its sender lock (read by enqueuing threads).
	 */
	private volatile boolean sendingHere;

	/**
	 * Paces and retries on the wall clock, not on the campaign clock: rate limits and
	 * retry_after are the API's real seconds, and a campaign clock held still (as in
	 * tests) would otherwise stop every second message to a chat forever.
	 */
	@Autowired
	public Dispatcher(Outbox outbox, List<ChatGateway> gateways, Reachability reachability, List<ChatChanges> changes,
			DeliveryMetrics metrics, ObjectProvider<SharedDatabase> shared) {
		this(outbox, Clock.systemUTC(), gateways, reachability, changes, metrics, shared.getIfAvailable());
	}

	/** With a clock of the caller's choosing, for tests. */
	Dispatcher(Outbox outbox, Clock clock, List<ChatGateway> gateways) {
		this(outbox, clock, gateways, null, List.of(), DeliveryMetrics.NONE, null);
	}

	Dispatcher(Outbox outbox, Clock clock, List<ChatGateway> gateways, @Nullable Reachability reachability,
			List<ChatChanges> changes, DeliveryMetrics metrics, @Nullable SharedDatabase shared) {
		this.shared = shared != null && shared.isShared() ? shared : null;
		this.outbox = outbox;
		this.clock = clock;
		this.gateways = gateways.stream().filter(g -> !g.deliversInTransaction()).toList();
		this.reachability = reachability;
		this.changes = List.copyOf(changes);
		this.metrics = metrics;
		outbox.onEnqueue(this::wake);
		SharedDatabase database = this.shared;
		if (database != null) {
			// in the enqueuing transaction: PostgreSQL delivers the notice when it
			// commits
			outbox.announceWith(() -> {
				if (!sendingHere) {
					database.announce();
				}
			});
		}
	}

	@Override
	public void start() {
		running = true;
		stopping = false;
		executor = Executors.newFixedThreadPool(Math.max(1, gateways.size()), runnable -> {
			Thread thread = new Thread(runnable, "baocao-dispatcher");
			thread.setDaemon(true);
			return thread;
		});
		for (ChatGateway gateway : gateways) {
			executor.submit(() -> loop(gateway));
		}
	}

	@Override
	public void stop() {
		running = false;
		stopping = true;
		wake();
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Stop after the channels' pollers (which may still enqueue) and start before them.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

	void wake() {
		lock.lock();
		try {
			signalled = true;
			wake.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	private void loop(ChatGateway gateway) {
		SendPacer pacer = new SendPacer(gateway.limits());
		SenderLock turn = shared == null ? SenderLock.ALWAYS
				: shared.senderLock("baocao-sender-" + gateway.channel().key());
		turns.put(gateway.channel(), turn);
		boolean sending = false;
		try {
			while (running) {
				try {
					if (!turn.held()) {
						if (sending) {
							log.warn("{}: another instance sends now", gateway.channel().key());
						}
						sending = false;
						sendingHere = false;
						sleep(STANDBY_CHECK);
						continue;
					}
					if (!sending && shared != null) {
						sending = true;
						sendingHere = true;
						// not cut short by an enqueue's wake-up
						TimeUnit.MILLISECONDS.sleep(TAKEOVER_GRACE.toMillis());
						continue;
					}
					sending = true;
					Duration wait = sendDue(gateway, pacer);
					if (shared == null) {
						sleep(wait);
					}
					else {
						sleepListening(wait, turn);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					log.error("Dispatcher for {} hit an error; retrying shortly", gateway.channel().key(), ex);
					try {
						sleep(ERROR_WAIT);
					}
					catch (InterruptedException ie) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}
		finally {
			turns.remove(gateway.channel());
			turn.close();
		}
	}

	/**
	 * Sends every message that may go now; returns how long until something else may. The
	 * messages sent are marked so in batches (one statement for up to
	 * {@link #MARKS_BATCH}, at the latest {@link #MARKS_AGE} after the first, and always
	 * before the pass ends), not one commit each: a commit costs a sync of the file.
	 */
	Duration sendDue(ChatGateway gateway, SendPacer pacer) throws InterruptedException {
		SentMarks marks = new SentMarks();
		try {
			return sendDue(gateway, pacer, marks);
		}
		finally {
			marks.flush();
		}
	}

	private Duration sendDue(ChatGateway gateway, SendPacer pacer, SentMarks marks) throws InterruptedException {
		List<Outbox.Pending> pending = outbox.pending(gateway.channel(), 500);
		Instant now = clock.instant();
		List<Outbox.Pending> due = Outbox.firstPerChat(pending, now);
		Duration nextWake = IDLE_WAIT;
		for (Outbox.Pending p : pending) {
			if (p.nextAttemptAt().isAfter(now)) {
				nextWake = min(nextWake, Duration.between(now, p.nextAttemptAt()));
			}
		}
		List<Outbox.Pending> postponed = new ArrayList<>();
		for (Outbox.Pending p : due) {
			boolean group = gateway.isGroup(p.chatId());
			// a long text goes in parts, a file after its words: each call takes a place
			int calls = gateway.calls(p.message());
			Instant at = clock.instant();
			Duration delay = pacer.delay(p.chatId(), group, at, calls);
			// A full second's quota holds every chat alike: waiting it out here keeps the
			// channel at its limit; postponing would cost a new read of the outbox each
			// second (a broadcast to 1,000 leads then ran at ~90 % of 30 msg/s).
			boolean quotaOnly = delay.equals(pacer.windowDelay(at, calls)) && delay.compareTo(SECOND) <= 0;
			if (delay.compareTo(Duration.ofMillis(250)) > 0 && !quotaOnly) {
				postponed.add(p);
				nextWake = min(nextWake, delay);
				continue;
			}
			if (!delay.isZero()) {
				TimeUnit.NANOSECONDS.sleep(delay.toNanos());
			}
			if (!turns.getOrDefault(gateway.channel(), SenderLock.ALWAYS).held()) {
				// another instance has taken over: it sends the rest
				break;
			}
			deliver(gateway, pacer, p, group, calls, marks);
			marks.flushIfDue();
			if (stopping) {
				break;
			}
		}
		return due.size() > postponed.size() ? Duration.ZERO : nextWake;
	}

	private void deliver(ChatGateway gateway, SendPacer pacer, Outbox.Pending p, boolean group, int calls,
			SentMarks marks) {
		Channel channel = gateway.channel();
		if (reachability != null && reachability.of(channel, p.chatId()).isPresent()) {
			outbox.giveUpChat(channel, p.chatId(), clock.instant(), "chat unreachable until its person writes again");
			metrics.sent(channel, "refused");
			return;
		}
		Delivery result;
		try {
			result = gateway.send(p.message());
		}
		catch (RuntimeException ex) {
			result = new Delivery.Failed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		Instant now = clock.instant();
		if (result instanceof Delivery.Moved moved && moved.chatId().equals(p.chatId())) {
			result = new Delivery.Failed("told to move to the chat it was sent to");
		}
		if (result instanceof Delivery.Sent) {
			pacer.sent(p.chatId(), group, now, calls);
			marks.add(p.id(), now);
			metrics.sent(channel, "sent");
		}
		else if (result instanceof Delivery.RetryAfter retry) {
			pacer.pause(now.plus(retry.delay()));
			outbox.retryLater(p.id(), now.plus(retry.delay()), "429 retry after " + retry.delay().toSeconds() + "s");
			metrics.sent(channel, "429");
		}
		else if (result instanceof Delivery.Moved moved) {
			metrics.sent(channel, "moved");
			chatMoved(channel, p.chatId(), moved.chatId());
		}
		else if (result instanceof Delivery.Unreachable unreachable) {
			log.warn("{} chat {} cannot be written to ({}): waiting messages dropped until its person writes again",
					channel.key(), p.chatId(), unreachable.reason());
			boolean first = reachability != null && reachability.markUnreachable(channel, p.chatId(),
					unreachable.reach(), unreachable.reason(), now);
			outbox.giveUpChat(channel, p.chatId(), now, unreachable.reason());
			metrics.sent(channel, "refused");
			if (first) {
				tell(change -> change.unreachable(channel, p.chatId(), unreachable.reach()));
			}
		}
		else if (result instanceof Delivery.Failed failed) {
			metrics.sent(channel, "retried");
			Duration backoff = backoff(p.attempts());
			log.warn("Sending to {} chat {} failed (attempt {}), retrying in {}s: {}", gateway.channel().key(),
					p.chatId(), p.attempts() + 1, backoff.toSeconds(), failed.reason());
			outbox.retryLater(p.id(), now.plus(backoff), failed.reason());
		}
		else if (result instanceof Delivery.Rejected rejected) {
			log.warn("{} refused a message to chat {} for good: {}", gateway.channel().key(), p.chatId(),
					rejected.reason());
			outbox.giveUp(p.id(), now, rejected.reason());
			metrics.sent(channel, "refused");
		}
	}

	/**
	 * A channel saw a chat move (Telegram's service message {@code migrate_to_chat_id}):
	 * what waits for the old id goes to the new one, and the listeners hear of it.
	 */
	public void chatMoved(Channel channel, String from, String to) {
		if (from.equals(to)) {
			return;
		}
		int count = outbox.moveChat(channel, from, to);
		log.info("{} chat {} moved to {}: {} waiting message(s) follow it", channel.key(), from, to, count);
		tell(change -> change.moved(channel, from, to));
		wake();
	}

	private void tell(java.util.function.Consumer<ChatChanges> event) {
		for (ChatChanges change : changes) {
			try {
				event.accept(change);
			}
			catch (RuntimeException ex) {
				log.error("A listener of chat changes failed", ex);
			}
		}
	}

	/** The ids sent in this pass and not yet marked so. */
	private final class SentMarks {

		private final List<Long> ids = new ArrayList<>();

		private long firstAt;

		private Instant at = Instant.EPOCH;

		void add(long id, Instant sentAt) {
			if (ids.isEmpty()) {
				firstAt = System.nanoTime();
			}
			ids.add(id);
			at = sentAt;
		}

		void flushIfDue() {
			// on a shared database each mark is written at once: an instance that dies
			// leaves the next sender at most the one message it was sending to send again
			if (ids.size() >= (shared != null ? 1 : MARKS_BATCH)
					|| (!ids.isEmpty() && System.nanoTime() - firstAt >= MARKS_AGE.toNanos())) {
				flush();
			}
		}

		void flush() {
			if (!ids.isEmpty()) {
				outbox.markSent(List.copyOf(ids), at);
				ids.clear();
			}
		}

	}

	static Duration backoff(int attempts) {
		long seconds = 1L << Math.min(attempts, 9);
		Duration backoff = Duration.ofSeconds(seconds);
		return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
	}

	private void sleep(Duration wait) throws InterruptedException {
		if (wait.isZero() || wait.isNegative()) {
			return;
		}
		lock.lock();
		try {
			if (!signalled) {
				wake.await(wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			signalled = false;
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * On a shared database: sleeps like {@link #sleep} but also wakes when another
	 * instance announces queued messages.
	 */
	private void sleepListening(Duration wait, SenderLock turn) throws InterruptedException {
		long end = System.nanoTime() + wait.toNanos();
		while (running) {
			lock.lock();
			try {
				if (signalled) {
					signalled = false;
					return;
				}
			}
			finally {
				lock.unlock();
			}
			long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
			if (left <= 0 || turn.awaitAnnouncement(Math.min(LISTEN_SLICE_MS, left))) {
				return;
			}
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
