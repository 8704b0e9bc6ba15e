package vn.baocao.channel.telegram;

import java.util.Locale;

/**
 * Who the bot is on Telegram (from getMe): needed to tell its own commands and replies in
 * groups.
 */
record BotIdentity(long id, String username) {

	/** Whether "/cmd@name" is meant for this bot. */
	boolean isCalled(String name) {
		return name.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
	}

}
