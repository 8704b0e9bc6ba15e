package vn.baocao.bench;

import java.net.URI;
import java.util.List;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The yardstick for the end-to-end benchmark: the least a TelegramBots bot can do, long
 * poll and send each text back to its chat, on the same library and Bot API as baocao.
 * Run as its own process: {@code ECHO_BOT_TOKEN=... java -cp ... vn.baocao.bench.EchoBot
 * http://127.0.0.1:PORT}.
 */
public final class EchoBot implements LongPollingSingleThreadUpdateConsumer {

	private final OkHttpTelegramClient client;

	private EchoBot(OkHttpTelegramClient client) {
		this.client = client;
	}

	public static void main(String[] args) throws Exception {
		String token = System.getenv("ECHO_BOT_TOKEN");
		URI api = URI.create(args[0]);
		TelegramUrl url = TelegramUrl.builder().schema(api.getScheme()).host(api.getHost()).port(api.getPort()).build();
		try (TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication()) {
			polling.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(List.of("message")),
					new EchoBot(new OkHttpTelegramClient(token, url)));
			System.out.println("ECHO READY");
			Thread.currentThread().join();
		}
	}

	@Override
	public void consume(Update update) {
		if (!update.hasMessage() || !update.getMessage().hasText()) {
			return;
		}
		try {
			client.execute(new SendMessage(update.getMessage().getChatId().toString(), update.getMessage().getText()));
		}
		catch (TelegramApiException ex) {
			System.err.println("echo failed: " + ex.getMessage());
		}
	}

}
