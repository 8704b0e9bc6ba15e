package vn.baocao.channel.zalo;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zalo channel's own settings beside the token and API URL of
 * {@code BaocaoProperties}. {@code webhookSecret} switches from long polling to the
 * webhook; {@code webhookUrl}, when also set, is registered with setWebhook at start.
 * {@code pollTimeout} is the {@code timeout} sent to getUpdates; {@code requestTimeout}
 * bounds every other call and is the margin added to the poll timeout for the HTTP read
 * timeout of getUpdates.
 */
@ConfigurationProperties("baocao.zalo")
record ZaloSettings(@Nullable String webhookSecret, @Nullable String webhookUrl,
		@DefaultValue("30s") Duration pollTimeout, @DefaultValue("15s") Duration requestTimeout) {

	/** Zalo's setWebhook accepts secret tokens of 8 to 256 characters. */
	ZaloSettings {
		if (webhookSecret != null && !webhookSecret.isBlank()
				&& (webhookSecret.length() < 8 || webhookSecret.length() > 256)) {
			throw new IllegalArgumentException(
					"baocao.zalo.webhook-secret (ZALO_WEBHOOK_SECRET) must have 8 to 256 characters, Zalo's rule for secret_token; it has "
							+ webhookSecret.length());
		}
		if (pollTimeout.isNegative() || pollTimeout.toSeconds() < 1) {
			throw new IllegalArgumentException("baocao.zalo.poll-timeout must be at least 1s, was " + pollTimeout);
		}
		if (requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException("baocao.zalo.request-timeout must be positive, was " + requestTimeout);
		}
	}

	Duration pollReadTimeout() {
		return pollTimeout.plus(requestTimeout);
	}

	@Override
	public String toString() {
		return "ZaloSettings[webhookSecret=" + (webhookSecret == null || webhookSecret.isBlank() ? "none" : "***")
				+ ", webhookUrl=" + webhookUrl + ", pollTimeout=" + pollTimeout + ", requestTimeout=" + requestTimeout
				+ "]";
	}

}
