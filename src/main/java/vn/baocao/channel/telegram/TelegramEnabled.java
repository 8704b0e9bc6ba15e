package vn.baocao.channel.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The channel runs when TELEGRAM_BOT_TOKEN is set. Spring's own property condition would
 * also match the empty string that application.yml gives when the variable is absent.
 */
class TelegramEnabled implements Condition {

	static final String TOKEN_PROPERTY = "baocao.telegram.token";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String token = context.getEnvironment().getProperty(TOKEN_PROPERTY);
		return token != null && !token.isBlank();
	}

}
