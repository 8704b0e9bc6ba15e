package vn.baocao.roster.jdbc;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.roster.ChatUser;
import vn.baocao.roster.SeenUsers;
import vn.baocao.roster.UserRef;

/** {@code chat_user}: shared by every campaign served. */
@Repository
class JdbcSeenUsers implements SeenUsers {

	private final JdbcClient jdbc;

	JdbcSeenUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void remember(ChatUser user, Instant seenAt) {
		jdbc.sql("""
				INSERT INTO chat_user (channel, user_id, display_name, username, last_seen) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (channel, user_id) DO UPDATE SET display_name = excluded.display_name,
				  username = excluded.username, last_seen = excluded.last_seen""")
			.params(user.ref().channel().key(), user.ref().userId(), user.displayName(), user.username(),
					seenAt.toEpochMilli())
			.update();
	}

	@Override
	public void rememberPrivateChat(UserRef user, String chatId) {
		jdbc.sql("UPDATE chat_user SET private_chat_id = ? WHERE channel = ? AND user_id = ?")
			.params(chatId, user.channel().key(), user.userId())
			.update();
	}

}
