package vn.baocao.channel.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A bot token and TELEGRAM_WEBHOOK_URL: Telegram posts updates to
 * {@code /api/telegram/webhook}, nothing polls.
 */
class TelegramWebhookMode implements Condition {

	static final String URL_PROPERTY = "baocao.telegram.webhook-url";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return new TelegramEnabled().matches(context, metadata) && isSet(context, URL_PROPERTY);
	}

	static boolean isSet(ConditionContext context, String property) {
		String value = context.getEnvironment().getProperty(property);
		return value != null && !value.isBlank();
	}

	/** A bot token and no webhook URL: long polling, as by default. */
	static final class Polling implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return new TelegramEnabled().matches(context, metadata) && !isSet(context, URL_PROPERTY);
		}

	}

}
