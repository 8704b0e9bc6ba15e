package vn.baocao.channel.telegram;

/**
 * A Telegram setting that cannot work; start-up stops with its message (never containing
 * the token).
 */
class TelegramSettingsException extends IllegalArgumentException {

	TelegramSettingsException(String message) {
		super(message);
	}

}
