package vn.baocao.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	private final List<Runnable> wakers = new java.util.concurrent.CopyOnWriteArrayList<>();

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
				continue;
			}
			long now = clock.millis();
			jdbc.sql(
					"""
							INSERT INTO outbox (channel, chat_id, message_json, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)""")
				.params(message.channel().key(), message.chatId(), OutboundJson.write(message), now, now)
				.update();
			queued = true;
		}
		if (queued) {
			wakeAfterCommit();
		}
	}

	public boolean isRunning(Channel channel) {
		return gateways.containsKey(channel);
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
	 * The oldest unsent message of each chat of one channel, oldest first: only a chat's
	 * first message can go next, and reading (and parsing) the whole backlog on every
	 * pass cost a broadcast most of its CPU.
	 */
	List<Pending> pending(Channel channel, int limit) {
		return jdbc.sql("""
				SELECT id, chat_id, message_json, attempts, next_attempt_at FROM outbox
				WHERE id IN (SELECT min(id) FROM outbox WHERE channel = ? AND sent_at IS NULL GROUP BY chat_id)
				ORDER BY id LIMIT ?""")
			.params(channel.key(), limit)
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("chat_id"),
					OutboundJson.read(rs.getString("message_json")), rs.getInt("attempts"),
					Instant.ofEpochMilli(rs.getLong("next_attempt_at"))))
			.list();
	}

	void markSent(long id, Instant at) {
		jdbc.sql("UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
			.params(at.toEpochMilli(), id)
			.update();
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
