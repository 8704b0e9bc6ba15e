package vn.baocao.channel.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.TestClockConfig;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.baocao.channel.telegram.TelegramGatewayTest.called;
import static vn.baocao.channel.telegram.TelegramGatewayTest.method;

/**
 * Webhook mode (TELEGRAM_WEBHOOK_URL): the bot registers its URL and secret with
 * setWebhook and never polls; Telegram's posts with the right secret are applied once and
 * answered; without it, or too large, they are refused before anything is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@DirtiesContext
class TelegramWebhookTest {

	static final WireMockServer api = new WireMockServer(wireMockConfig().dynamicPort());

	static final String SECRET = "webhook-Secret_123";

	static final String PUBLIC_URL = "https://baocao.example.vn/api/telegram/webhook";

	static {
		api.start();
		api.stubFor(method("getMe").willReturn(
				okJson("""
						{"ok": true, "result": {"id": 666, "is_bot": true, "first_name": "Báo cáo", "username": "BaocaoBot"}}""")));
		api.stubFor(method("setMyCommands").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		api.stubFor(method("setWebhook").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		api.stubFor(method("sendMessage").willReturn(okJson("""
				{"ok": true, "result": {"message_id": 9, "date": 1733814000, "chat": {"id": 7001, "type": "private"},
				 "text": "ok"}}""")));
	}

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("telegram-webhook.db").toString());
		registry.add("baocao.telegram.token", () -> "123456:TEST-token");
		registry.add("baocao.telegram.api-url", api::baseUrl);
		registry.add("baocao.telegram.webhook-url", () -> PUBLIC_URL);
		registry.add("baocao.telegram.webhook-secret", () -> SECRET);
	}

	@AfterAll
	static void stopApi() {
		api.stop();
	}

	@LocalServerPort
	int port;

	@Test
	void theWebhookIsRegisteredWithItsSecretAndNothingPolls() {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> api.verify(called("setWebhook").withRequestBody(containing(PUBLIC_URL))
				.withRequestBody(containing(SECRET))
				.withRequestBody(containing("callback_query"))));
		assertThat(api.findAll(called("getUpdates"))).isEmpty();
	}

	@Test
	void anUpdateWithTheRightSecretIsAppliedOnceAndAnswered() throws IOException {
		awaitRegistered();
		String update = """
				{"update_id": 9001, "message": {"message_id": 1, "date": 1733814000,
				  "chat": {"id": 7101, "type": "private"}, "from": {"id": 7101, "is_bot": false, "first_name": "Lan"},
				  "text": "/start"}}""";

		assertThat(post("Content-Length: " + bytes(update) + "\r\n" + header(SECRET), update)).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> sentTo("7101") == 1);
		assertThat(api.findAll(called("sendMessage").withRequestBody(containing("7101"))).get(0).getBodyAsString())
			.contains("Xin chào");

		// Telegram sends it again (our answer was lost): applied once, answered once
		assertThat(post("Content-Length: " + bytes(update) + "\r\n" + header(SECRET), update)).isEqualTo(200);
		String another = update.replace("9001", "9002").replace("/start", "/trogiup");
		assertThat(post("Content-Length: " + bytes(another) + "\r\n" + header(SECRET), another)).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> sentTo("7101") == 2);
		assertThat(sentTo("7101")).isEqualTo(2);
	}

	@Test
	void withoutTheSecretOrTooLargeNothingIsRead() throws IOException {
		awaitRegistered();
		String update = """
				{"update_id": 9101, "message": {"message_id": 1, "date": 1733814000,
				  "chat": {"id": 7102, "type": "private"}, "from": {"id": 7102, "is_bot": false, "first_name": "Tư"},
				  "text": "/start"}}""";
		assertThat(post("Content-Length: " + bytes(update), update)).isEqualTo(401);
		assertThat(post("Content-Length: " + bytes(update) + "\r\n" + header("wrong"), update)).isEqualTo(401);
		// the headers of a 100 MB body and not one byte of it: refused from
		// Content-Length
		assertThat(post("Content-Length: 100000000\r\n" + header(SECRET), "")).isEqualTo(413);
		assertThat(post("Content-Length: 100000000", "")).as("the secret is checked first").isEqualTo(401);
		assertThat(post("Content-Length: 9\r\n" + header(SECRET), "not json!")).isEqualTo(400);
		assertThat(sentTo("7102")).isZero();
	}

	private static void awaitRegistered() {
		await().atMost(Duration.ofSeconds(10)).until(() -> !api.findAll(called("setWebhook")).isEmpty());
	}

	private static int sentTo(String chatId) {
		return (int) api.findAll(called("sendMessage"))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.filter(body -> body.contains("\"chat_id\":\"" + chatId + "\"") || body.contains("\"chat_id\":" + chatId))
			.count();
	}

	private static String header(String secret) {
		return TelegramWebhookController.SECRET_HEADER + ": " + secret;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/** A raw request, so that a body's announced size can differ from what is sent. */
	private int post(String headers, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + TelegramWebhookController.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "Content-Type: application/json\r\n" + headers + "\r\nConnection: close\r\n\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
				.readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
	}

}
