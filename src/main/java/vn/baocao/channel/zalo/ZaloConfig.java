package vn.baocao.channel.zalo;

import java.time.Clock;
import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.baocao.channel.FileLinks;
import vn.baocao.conversation.KnownGroups;
import vn.baocao.inbox.InboundProcessor;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Polls;
import vn.baocao.messaging.Texts;
import vn.baocao.photo.PhotoDownload;
import vn.baocao.photo.PhotoSettings;
import vn.baocao.system.BaocaoProperties;

/**
 * Wires the Zalo channel when ZALO_BOT_TOKEN is set: the gateway the dispatcher sends
 * through, and either the poller or (with a webhook secret) the webhook's registration.
 * Two API clients: the poller's waits out the long poll, the gateway's gives up sooner.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZaloMode.Enabled.class)
@EnableConfigurationProperties(ZaloSettings.class)
class ZaloConfig {

	private final Texts texts = new Texts("messages/zalo");

	/** The photos leads send, fetched by the photo keeper from the update's own link. */
	@Bean
	ZaloPhotos zaloPhotos(BaocaoProperties properties, PhotoSettings photos) {
		return new ZaloPhotos(properties.zalo().apiUrl(), new PhotoDownload(photos.timeout()));
	}

	@Bean
	ZaloChats zaloChats(JdbcClient jdbc, Clock clock, JsonMapper json) {
		return new ZaloChats(jdbc, clock, json);
	}

	@Bean
	ZaloGateway zaloGateway(BaocaoProperties properties, ZaloSettings settings, ZaloChats chats, KnownGroups committee,
			FileLinks links, JsonMapper json) {
		return new ZaloGateway(api(properties, settings, json), chats, committee, texts, links);
	}

	@Bean
	ZaloInbox zaloInbox(InboundProcessor processor, ZaloChats chats, Outbox outbox, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		return new ZaloInbox(processor, chats, outbox, transactions, jdbc, texts, clock);
	}

	@Bean
	@Conditional(ZaloMode.Polling.class)
	ZaloPoller zaloPoller(BaocaoProperties properties, ZaloSettings settings, ZaloInbox inbox, Polls polls,
			JsonMapper json) {
		ZaloApi api = new ZaloApi(properties.zalo().apiUrl(), token(properties), settings.pollReadTimeout(), json);
		return new ZaloPoller(api, inbox, settings.pollTimeout(), polls);
	}

	@Bean
	@Conditional(ZaloMode.Webhook.class)
	ZaloWebhookRegistration zaloWebhookRegistration(BaocaoProperties properties, ZaloSettings settings,
			JsonMapper json) {
		return new ZaloWebhookRegistration(api(properties, settings, json), settings);
	}

	private static ZaloApi api(BaocaoProperties properties, ZaloSettings settings, JsonMapper json) {
		return new ZaloApi(properties.zalo().apiUrl(), token(properties), settings.requestTimeout(), json);
	}

	private static String token(BaocaoProperties properties) {
		return Objects.requireNonNull(properties.zalo().token(), "ZALO_BOT_TOKEN").strip();
	}

}
