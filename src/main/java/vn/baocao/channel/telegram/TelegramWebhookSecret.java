package vn.baocao.channel.telegram;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The secret Telegram sends with every webhook request: 1 to 256 characters of
 * {@code A-Z a-z 0-9 _ -}, as the Bot API allows.
 */
record TelegramWebhookSecret(String value) {

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	static TelegramWebhookSecret of(@Nullable String secret) {
		if (secret == null || secret.isBlank()) {
			throw new TelegramSettingsException("TELEGRAM_WEBHOOK_SECRET (baocao.telegram.webhook-secret) is required "
					+ "with TELEGRAM_WEBHOOK_URL: Telegram sends it with every update, and updates without it are refused");
		}
		if (!ALLOWED.matcher(secret.strip()).matches()) {
			throw new TelegramSettingsException("TELEGRAM_WEBHOOK_SECRET (baocao.telegram.webhook-secret) must be 1 to "
					+ "256 characters of A-Z, a-z, 0-9, _ and - (the Bot API's rule)");
		}
		return new TelegramWebhookSecret(secret.strip());
	}

	@Override
	public String toString() {
		return "TelegramWebhookSecret[***]";
	}

}
