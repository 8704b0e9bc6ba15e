package vn.baocao.channel.zalo;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * In webhook mode with {@code baocao.zalo.webhook-url} set, tells Zalo where to post
 * (setWebhook with the secret) once the application is ready: Zalo calls the URL to check
 * it, so the endpoint must already answer. Without the URL the operator registers the
 * webhook by hand (docs/zalo.md). A failure is logged, not fatal: the local channel and
 * Telegram keep running.
 */
class ZaloWebhookRegistration implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(ZaloWebhookRegistration.class);

	private final ZaloApi api;

	private final ZaloSettings settings;

	ZaloWebhookRegistration(ZaloApi api, ZaloSettings settings) {
		this.api = api;
		this.settings = settings;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String url = settings.webhookUrl();
		String secret = settings.webhookSecret();
		if (url == null || url.isBlank() || secret == null) {
			log.info(
					"Zalo channel: receiving updates at POST {} (webhook; register its public HTTPS URL with setWebhook)",
					ZaloWebhookController.PATH);
			return;
		}
		ZaloApi.Answer answer = api.call("setWebhook", Map.of("url", url, "secret_token", secret));
		if (answer instanceof ZaloApi.Answer.Ok) {
			log.info("Zalo channel: webhook set to {}", url);
		}
		else if (answer instanceof ZaloApi.Answer.Refused refused) {
			log.warn("Zalo refused setWebhook for {} ({} {}); updates will not arrive until it is set", url,
					refused.code(), refused.description());
		}
		else if (answer instanceof ZaloApi.Answer.Broken broken) {
			log.warn("Could not call setWebhook for {} ({}); updates will not arrive until it is set", url,
					broken.reason());
		}
	}

}
