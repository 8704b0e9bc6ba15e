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

	record Entry(String direction, @Nullable String userId, String json, Instant at) {
	}

	void incoming(String chatId, String userId, String json) {
		insert(chatId, "in", userId, json);
	}

	void outgoing(Outbound message) {
		insert(message.chatId(), "out", null, OutboundJson.write(message));
	}

	List<Entry> chat(String chatId) {
		return jdbc.sql("SELECT * FROM local_message WHERE chat_id = ? ORDER BY id")
			.param(chatId)
			.query((rs, n) -> new Entry(rs.getString("direction"), rs.getString("user_id"),
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
