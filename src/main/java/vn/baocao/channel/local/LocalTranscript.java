package vn.baocao.channel.local;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.OutboundJson;

/**
 * Everything said in each local chat, in order: what users sent and what the bot
 * answered.
 */
@Repository
class LocalTranscript {

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalTranscript(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Entry(long id, String direction, @Nullable String userId, String json, Instant at) {
	}

	/** The most one page of a transcript holds. */
	static final int PAGE = 1000;

	void incoming(String chatId, String userId, String json) {
		insert(chatId, "in", userId, json);
	}

	void outgoing(Outbound message) {
		insert(message.chatId(), "out", null, OutboundJson.write(message));
	}

	/**
	 * One page of a chat, oldest first: the entries after the one with id {@code after}
	 * (0: from the start), at most {@code limit} ({@link #PAGE} at most).
	 */
	List<Entry> chat(String chatId, long after, int limit) {
		return jdbc.sql("SELECT * FROM local_message WHERE chat_id = ? AND id > ? ORDER BY id LIMIT ?")
			.params(chatId, after, Math.max(1, Math.min(limit, PAGE)))
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("direction"), rs.getString("user_id"),
					rs.getString("message_json"), Instant.ofEpochMilli(rs.getLong("created_at"))))
			.list();
	}

	private void insert(String chatId, String direction, @Nullable String userId, String json) {
		jdbc.sql(
				"INSERT INTO local_message (chat_id, direction, user_id, message_json, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(chatId, direction, userId, json, clock.millis())
			.update();
	}

}
