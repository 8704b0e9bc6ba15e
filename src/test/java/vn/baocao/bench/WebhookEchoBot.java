package vn.baocao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The reference for webhook benchmarks: a bare bot that takes Telegram's webhook posts
 * (the JDK's HTTP server, TelegramBots' Update read with Jackson) and echoes each
 * message's text with TelegramBots' OkHttp client before answering 200; nothing stored,
 * nothing paced.
 */
public final class WebhookEchoBot {

	private static final ObjectMapper JSON = new ObjectMapper()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private WebhookEchoBot() {
	}

	/** args: the Bot API's base URL, the port to listen on. Token in ECHO_BOT_TOKEN. */
	public static void main(String[] args) throws IOException {
		String token = System.getenv("ECHO_BOT_TOKEN");
		URI api = URI.create(args[0]);
		TelegramUrl url = TelegramUrl.builder().schema(api.getScheme()).host(api.getHost()).port(api.getPort()).build();
		OkHttpTelegramClient client = new OkHttpTelegramClient(token, url);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 200);
		server.createContext("/", exchange -> echo(exchange, client));
		server.setExecutor(Executors.newFixedThreadPool(16));
		server.start();
		System.out.println("ECHO READY");
	}

	private static void echo(HttpExchange exchange, OkHttpTelegramClient client) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			Update update = JSON.readValue(in, Update.class);
			if (update.hasMessage() && update.getMessage().hasText()) {
				client.execute(
						new SendMessage(update.getMessage().getChatId().toString(), update.getMessage().getText()));
			}
			byte[] ok = "{\"ok\":true}".getBytes();
			exchange.sendResponseHeaders(200, ok.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(ok);
			}
		}
		catch (Exception ex) {
			exchange.sendResponseHeaders(500, -1);
		}
	}

}
