package vn.baocao.channel.telegram;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per chat, the message whose buttons are still showing. Taking it is atomic (delete
 * where it is still that message), so the poller and the dispatcher never both edit the
 * same keyboard.
 */
final class KeyboardMessages {

	private final JdbcClient jdbc;

	private final Clock clock;

	KeyboardMessages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void remember(String chatId, int messageId) {
		jdbc.sql("""
				INSERT INTO telegram_keyboard (chat_id, message_id, sent_at) VALUES (?, ?, ?)
				ON CONFLICT (chat_id) DO UPDATE SET message_id = excluded.message_id, sent_at = excluded.sent_at""")
			.params(chatId, messageId, clock.millis())
			.update();
	}

	/**
	 * The chat's new keyboard message takes the place of its current one, which is
	 * returned (the caller removes its buttons) unless the poller took it meanwhile. One
	 * write, so one commit, for both: a compare-and-set on the current message, else an
	 * insert.
	 */
	Optional<Integer> replace(String chatId, int messageId) {
		Optional<Integer> current = current(chatId);
		if (current.isPresent() && current.get() != messageId && jdbc
			.sql("UPDATE telegram_keyboard SET message_id = ?, sent_at = ? WHERE chat_id = ? AND message_id = ?")
			.params(messageId, clock.millis(), chatId, current.get())
			.update() == 1) {
			return current;
		}
		remember(chatId, messageId);
		return Optional.empty();
	}

	/** The chat's keyboard message, now forgotten: the caller removes its buttons. */
	Optional<Integer> takeCurrent(String chatId) {
		return current(chatId).filter(messageId -> take(chatId, messageId));
	}

	private Optional<Integer> current(String chatId) {
		return jdbc.sql("SELECT message_id FROM telegram_keyboard WHERE chat_id = ?")
			.param(chatId)
			.query(Integer.class)
			.optional();
	}

	/**
	 * Whether {@code messageId} was the chat's keyboard message (and is now forgotten).
	 */
	boolean take(String chatId, int messageId) {
		return jdbc.sql("DELETE FROM telegram_keyboard WHERE chat_id = ? AND message_id = ?")
			.params(chatId, messageId)
			.update() == 1;
	}

}
