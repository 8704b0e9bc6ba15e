package vn.baocao.channel.telegram;

import java.util.Optional;

/** The bot's @username, once Telegram has said it (for t.me invitation links). */
interface BotUsername {

	Optional<String> username();

}
