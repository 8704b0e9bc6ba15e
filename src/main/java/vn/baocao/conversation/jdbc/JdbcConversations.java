package vn.baocao.conversation.jdbc;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Conversations;
import vn.baocao.conversation.DialogState;

/** {@link Conversations} on the {@code conversation} table, one row per chat. */
@Repository
class JdbcConversations implements Conversations {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcConversations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public DialogState load(Channel channel, String chatId) {
		return jdbc.sql("SELECT state_json FROM conversation WHERE channel = ? AND chat_id = ?")
			.params(channel.key(), chatId)
			.query(String.class)
			.optional()
			.map(DialogStateJson::read)
			.orElseGet(DialogState::initial);
	}

	@Override
	public void save(Channel channel, String chatId, DialogState state) {
		jdbc.sql("""
				INSERT INTO conversation (channel, chat_id, state_json, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (channel, chat_id) DO UPDATE SET state_json = excluded.state_json,
				  updated_at = excluded.updated_at""")
			.params(channel.key(), chatId, DialogStateJson.write(state), clock.millis())
			.update();
	}

}
