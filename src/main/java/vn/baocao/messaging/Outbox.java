package vn.baocao.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.baocao.campaign.Channel;

/**
 * Messages on their way out, stored in the caller's transaction so that a reply is
 * committed together with the state change that caused it. The dispatcher sends them
 * after commit.
 */
@Repository
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Channel, ChatGateway> gateways;

	private volatile DeliveryMetrics metrics = DeliveryMetrics.NONE;

	private final List<Runnable> wakers = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** Run in the enqueuing transaction (other instances' senders are told at commit). */
	private volatile Runnable announcer = () -> {
	};

	/**
	 * The chat heads already parsed, by row id. A chat's next message waits through
	 * several passes of the dispatcher (its chat's one-second gap, a retry) and a row's
	 * JSON never changes, so it is parsed once. Forgotten when the row is sent or given
	 * up; bounded, since rows sent by another instance are never forgotten here.
	 */
	private final Map<Long, Outbound> parsed = new ConcurrentHashMap<>();

	private static final int PARSED_AT_MOST = 10_000;

	/** Priority of what the schedule sends. */
	static final int SCHEDULED = 0;

	/** Priority of replies and notes. */
	static final int REPLY = 1;

	public Outbox(JdbcClient jdbc, Clock clock, List<ChatGateway> gateways) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.gateways = gateways.stream().collect(Collectors.toMap(ChatGateway::channel, Function.identity()));
	}

	/**
	 * Stores the messages for sending; a message for a channel that is not running is
	 * dropped with a warning.
	 */
	public void enqueue(List<Outbound> messages) {
		enqueue(messages, REPLY);
	}

	/**
	 * Stores what the schedule sends (reminders, summaries, escalations): these go before
	 * any reply still waiting for the same chat, so a summary never waits behind a
	 * backlog of answers to chatter.
	 */
	public void enqueueScheduled(List<Outbound> messages) {
		enqueue(messages, SCHEDULED);
	}

	private void enqueue(List<Outbound> messages, int priority) {
		boolean queued = false;
		for (Outbound message : messages) {
			ChatGateway gateway = gateways.get(message.channel());
			if (gateway == null) {
				log.warn("No {} channel is running: message for chat {} not queued", message.channel().key(),
						message.chatId());
				continue;
			}
			if (gateway.deliversInTransaction()) {
				gateway.send(message);
				metrics.sent(message.channel(), "sent");
				continue;
			}
			long now = clock.millis();
			jdbc.sql("""
					INSERT INTO outbox (channel, chat_id, message_json, created_at, next_attempt_at, priority)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(message.channel().key(), message.chatId(), OutboundJson.write(message), now, now, priority)
				.update();
			queued = true;
		}
		if (queued) {
			announcer.run();
			wakeAfterCommit();
		}
	}

	/** Counts what is delivered in the caller's transaction (the local channel). */
	public void countWith(DeliveryMetrics counter) {
		this.metrics = counter;
	}

	public boolean isRunning(Channel channel) {
		return gateways.containsKey(channel);
	}

	void announceWith(Runnable announcer) {
		this.announcer = announcer;
	}

	void onEnqueue(Runnable waker) {
		wakers.add(waker);
	}

	private void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakers.forEach(Runnable::run);
				}
			});
		}
		else {
			wakers.forEach(Runnable::run);
		}
	}

	/** A stored message not yet sent. */
	record Pending(long id, String chatId, Outbound message, int attempts, Instant nextAttemptAt) {
	}

	/**
	 * The next message of each chat of one channel: the chat's oldest of its most urgent
	 * priority, scheduled messages first, then oldest first (so no chat starves another).
	 * Only a chat's next message can go next, and reading (and parsing) the whole backlog
	 * on every pass cost a broadcast most of its CPU. The message goes to the row's chat
	 * id, which a supergroup migration may have changed.
	 */
	List<Pending> pending(Channel channel, int limit) {
		return jdbc.sql("""
				SELECT o.id, o.chat_id, o.message_json, o.attempts, o.next_attempt_at FROM outbox o
				JOIN (SELECT chat_id, min(priority) AS priority FROM outbox
				      WHERE channel = ? AND sent_at IS NULL GROUP BY chat_id) h
				  ON o.chat_id = h.chat_id AND o.priority = h.priority
				WHERE o.channel = ? AND o.sent_at IS NULL
				  AND o.id = (SELECT min(f.id) FROM outbox f WHERE f.channel = o.channel AND f.chat_id = o.chat_id
				              AND f.priority = o.priority AND f.sent_at IS NULL)
				ORDER BY o.priority, o.id LIMIT ?""").params(channel.key(), channel.key(), limit).query((rs, n) -> {
			String chatId = rs.getString("chat_id");
			long id = rs.getLong("id");
			Outbound message = parsed.get(id);
			if (message == null) {
				message = OutboundJson.read(rs.getString("message_json"));
				if (parsed.size() >= PARSED_AT_MOST) {
					parsed.clear();
				}
				parsed.put(id, message);
			}
			return new Pending(id, chatId, message.to(chatId), rs.getInt("attempts"),
					Instant.ofEpochMilli(rs.getLong("next_attempt_at")));
		}).list();
	}

	/**
	 * The chat has a new id (a Telegram group became a supergroup): everything still
	 * waiting for it goes to the new id, in the same order. Returns how many moved.
	 */
	public int moveChat(Channel channel, String from, String to) {
		return jdbc.sql(
				"UPDATE outbox SET chat_id = ?, next_attempt_at = ? WHERE channel = ? AND chat_id = ? AND sent_at IS NULL")
			.params(to, clock.millis(), channel.key(), from)
			.update();
	}

	/** Gives up every message still waiting for a chat that cannot be written to. */
	int giveUpChat(Channel channel, String chatId, Instant at, String error) {
		return jdbc
			.sql("UPDATE outbox SET sent_at = ?, last_error = ? WHERE channel = ? AND chat_id = ? AND sent_at IS NULL")
			.params(at.toEpochMilli(), "REJECTED: " + error, channel.key(), chatId)
			.update();
	}

	/** How many messages wait on every channel, and since when the oldest has waited. */
	public Waiting waiting() {
		return jdbc.sql("SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE sent_at IS NULL")
			.query((rs, n) -> {
				long oldest = rs.getLong("oldest");
				Instant since = rs.wasNull() ? null : Instant.ofEpochMilli(oldest);
				return new Waiting(rs.getInt("n"), since);
			})
			.single();
	}

	/** The outbox's backlog: messages waiting and the creation time of the oldest. */
	public record Waiting(int count, @Nullable Instant oldest) {
	}

	/** Marks these messages sent, in one statement (one commit). */
	void markSent(List<Long> ids, Instant at) {
		if (ids.isEmpty()) {
			return;
		}
		String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
		List<Object> params = new ArrayList<>(ids.size() + 1);
		params.add(at.toEpochMilli());
		params.addAll(ids);
		jdbc.sql("UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id IN (" + marks + ")")
			.params(params)
			.update();
		ids.forEach(parsed::remove);
	}

	void retryLater(long id, Instant next, String error) {
		jdbc.sql("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
			.params(next.toEpochMilli(), error, id)
			.update();
	}

	/** The API refused the message for good: kept for the record, no longer retried. */
	void giveUp(long id, Instant at, String error) {
		jdbc.sql("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?")
			.params(at.toEpochMilli(), "REJECTED: " + error, id)
			.update();
		parsed.remove(id);
	}

	/** How many messages of a channel are waiting (for health and tests). */
	public int backlog(Channel channel) {
		return jdbc.sql("SELECT count(*) FROM outbox WHERE channel = ? AND sent_at IS NULL")
			.params(channel.key())
			.query(Integer.class)
			.single();
	}

	static List<Pending> firstPerChat(List<Pending> pending, Instant now) {
		List<Pending> due = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Pending p : pending) {
			if (seen.add(p.chatId()) && !p.nextAttemptAt().isAfter(now)) {
				due.add(p);
			}
		}
		return due;
	}

}
