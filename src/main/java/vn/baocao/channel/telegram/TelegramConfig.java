package vn.baocao.channel.telegram;

import java.time.Clock;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import tools.jackson.databind.json.JsonMapper;

import vn.baocao.admin.DeepLinks;
import vn.baocao.campaign.Channel;
import vn.baocao.inbox.InboundProcessor;
import vn.baocao.messaging.Dispatcher;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Polls;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.messaging.Texts;
import vn.baocao.photo.PhotoDownload;
import vn.baocao.photo.PhotoSettings;
import vn.baocao.system.BaocaoProperties;

/**
 * Wires the Telegram channel by hand (TelegramBots' Spring Boot starter targets Boot 3).
 * Present only when TELEGRAM_BOT_TOKEN is set; TELEGRAM_API_URL points the client and the
 * long poll alike at another Bot API, such as the emulator in tests.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramEnabled.class)
class TelegramConfig {

	@Bean
	BotApi telegramBotApi(BaocaoProperties properties) {
		String token = properties.telegram().token();
		if (token == null || token.isBlank()) {
			throw new TelegramSettingsException("TELEGRAM_BOT_TOKEN (baocao.telegram.token) is empty");
		}
		return new BotApi(token.strip(), BotApiUrl.parse(properties.telegram().apiUrl()));
	}

	/** The photos leads send, fetched by the photo keeper. */
	@Bean
	TelegramPhotos telegramPhotos(BotApi botApi, PhotoSettings photos, JsonMapper json) {
		return new TelegramPhotos(botApi, new PhotoDownload(photos.timeout()), json);
	}

	@Bean
	TelegramApi telegramApi(BotApi botApi) {
		OkHttpTelegramClient client = new OkHttpTelegramClient(botApi.calls(), botApi.token(), botApi.url());
		return new TelegramApi(client, BotApi.CALL_TIMEOUT.plusSeconds(5));
	}

	@Bean
	AnsweredButtons telegramAnsweredButtons(JdbcClient jdbc, Clock clock, TelegramApi api) {
		return AnsweredButtons.offThePollThread(new KeyboardMessages(jdbc, clock), api);
	}

	@Bean
	TelegramGateway telegramGateway(TelegramApi api, AnsweredButtons buttons, StoredFiles files) {
		return new TelegramGateway(api, buttons, files);
	}

	/** Invitations come with a t.me link that opens the bot with the code filled in. */
	@Bean
	DeepLinks telegramDeepLinks(BotUsername bot) {
		return (channel, code) -> channel == Channel.TELEGRAM
				? bot.username().map(name -> "https://t.me/" + name + "?start=" + code) : Optional.empty();
	}

	/** TELEGRAM_WEBHOOK_SECRET, required with TELEGRAM_WEBHOOK_URL. */
	@Bean
	@Conditional(TelegramWebhookMode.class)
	TelegramWebhookSecret telegramWebhookSecret(BaocaoProperties properties) {
		return TelegramWebhookSecret.of(properties.telegram().webhookSecret());
	}

	@Bean
	@Conditional(TelegramWebhookMode.class)
	TelegramWebhook telegramWebhook(BaocaoProperties properties, TelegramWebhookSecret secret, TelegramApi api,
			AnsweredButtons buttons, InboundProcessor processor, Outbox outbox, Dispatcher dispatcher,
			Texts coreTexts) {
		Texts texts = new Texts("messages/telegram");
		return new TelegramWebhook(api, new CommandMenu(api, texts), properties.telegram().webhookUrl().strip(),
				secret.value(), me -> new TelegramInbox(new UpdateReader(me), processor, api, buttons, outbox,
						dispatcher, coreTexts, texts));
	}

	@Bean
	@Conditional(TelegramWebhookMode.Polling.class)
	TelegramPoller telegramPoller(BotApi botApi, TelegramApi api, AnsweredButtons buttons, InboundProcessor processor,
			Outbox outbox, Dispatcher dispatcher, Texts coreTexts, Polls polls) {
		Texts texts = new Texts("messages/telegram");
		return new TelegramPoller(botApi, api, new CommandMenu(api, texts),
				me -> new TelegramInbox(new UpdateReader(me), processor, api, buttons, outbox, dispatcher, coreTexts,
						texts),
				polls);
	}

}
