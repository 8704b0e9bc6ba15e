package vn.baocao.channel.zalo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the Zalo channel runs, and how it receives updates. A blank ZALO_BOT_TOKEN (the
 * default placeholder resolves to "") means off, which {@code @ConditionalOnProperty}
 * would read as on.
 */
final class ZaloMode {

	static final String TOKEN = "baocao.zalo.token";

	static final String WEBHOOK_SECRET = "baocao.zalo.webhook-secret";

	private ZaloMode() {
	}

	static boolean enabled(Environment env) {
		return isSet(env, TOKEN);
	}

	static boolean webhook(Environment env) {
		return enabled(env) && isSet(env, WEBHOOK_SECRET);
	}

	private static boolean isSet(Environment env, String key) {
		String value = env.getProperty(key);
		return value != null && !value.isBlank();
	}

	/** A token is set: the channel runs. */
	static final class Enabled implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return enabled(context.getEnvironment());
		}

	}

	/** A token and no webhook secret: updates come by getUpdates. */
	static final class Polling implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return enabled(context.getEnvironment()) && !webhook(context.getEnvironment());
		}

	}

	/**
	 * A token and a webhook secret: Zalo posts updates to us, getUpdates would be
	 * refused.
	 */
	static final class Webhook implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return webhook(context.getEnvironment());
		}

	}

}
