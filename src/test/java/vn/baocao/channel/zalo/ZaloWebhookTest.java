package vn.baocao.channel.zalo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook mode: Zalo posts updates to us; only requests carrying the right secret get in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@DirtiesContext
class ZaloWebhookTest {

	static final FakeZaloApi zalo = new FakeZaloApi();

	static final String SECRET = "mykey-abcxyz-for-tests";

	static final String PUBLIC_URL = "https://baocao.example.vn/api/zalo/webhook";

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("zalo-webhook.db").toString());
		registry.add("baocao.campaign-file",
				() -> Path.of("src/test/resources/zalo/campaign.yml").toAbsolutePath().toString());
		registry.add("baocao.zalo.token", () -> FakeZaloApi.TOKEN);
		registry.add("baocao.zalo.api-url", zalo::url);
		registry.add("baocao.zalo.webhook-secret", () -> SECRET);
		registry.add("baocao.zalo.webhook-url", () -> PUBLIC_URL);
	}

	@AfterAll
	static void stopZalo() {
		zalo.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	RestClient http;

	@BeforeEach
	void setUp() {
		http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	@Test
	void theWebhookIsRegisteredWithItsSecretAndNothingPolls() {
		await().atMost(Duration.ofSeconds(10)).until(() -> zalo.calls("setWebhook") == 1);
		zalo.server.verify(postRequestedFor(urlPathMatching("/bot[^/]+/setWebhook"))
			.withRequestBody(matchingJsonPath("$.url", equalTo(PUBLIC_URL)))
			.withRequestBody(matchingJsonPath("$.secret_token", equalTo(SECRET))));
		assertThat(zalo.calls("getUpdates")).isZero();
	}

	@Test
	void anUpdateWithTheRightSecretIsHandledWrappedOrNot() {
		String unwrapped = FakeZaloApi
			.update("message.text.received", zalo.nextId(), "zl-hook", "zl-hook", "PRIVATE", "/start")
			.toString();
		String wrapped = FakeZaloApi.wrapped(FakeZaloApi.update("message.text.received", zalo.nextId(), "zl-hook2",
				"zl-hook2", "PRIVATE", "/trogiup"));

		assertThat(post(unwrapped, SECRET)).isEqualTo(200);
		assertThat(post(wrapped, SECRET)).isEqualTo(200);

		assertThat(awaitTexts("zl-hook").get(0)).contains("Xin chào");
		assertThat(awaitTexts("zl-hook2").get(0)).contains("/baocao");
	}

	/**
	 * A body over the cap is refused from its Content-Length alone: the test sends the
	 * headers of a 100 MB request and not one byte of its body, and the answer comes. A
	 * body that hides its size (chunked) is read up to the cap and refused there.
	 */
	@Test
	void anOversizedBodyIsRefusedBeforeItIsReadAndTheSecretComesFirst() throws Exception {
		assertThat(rawStatus("Content-Length: 100000000\r\n" + ZaloWebhookController.SECRET_HEADER + ": " + SECRET, ""))
			.isEqualTo(413);
		assertThat(rawStatus("Content-Length: 100000000", "")).as("no secret: refused first for that").isEqualTo(401);
		String big = "{\"x\":\"" + "a".repeat(300 * 1024) + "\"}";
		String chunk = Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n";
		assertThat(rawStatus("Transfer-Encoding: chunked\r\n" + ZaloWebhookController.SECRET_HEADER + ": " + SECRET,
				chunk))
			.isEqualTo(413);
		// and the webhook still works
		String update = FakeZaloApi
			.update("message.text.received", zalo.nextId(), "zl-after-big", "zl-after-big", "PRIVATE", "/trogiup")
			.toString();
		assertThat(post(update, SECRET)).isEqualTo(200);
	}

	private int rawStatus(String headers, String body) throws java.io.IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			java.io.OutputStream out = socket.getOutputStream();
			out.write(("POST " + ZaloWebhookController.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "Content-Type: application/json\r\n" + headers + "\r\nConnection: close\r\n\r\n" + body)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.flush();
			String status = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
				.readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
	}

	@Test
	void aWrongOrMissingSecretIsRefusedAndNothingHappens() {
		String update = FakeZaloApi
			.update("message.text.received", zalo.nextId(), "zl-intruder", "zl-intruder", "PRIVATE", "/start")
			.toString();

		assertThat(post(update, "mykey-abcxyz-for-test")).isEqualTo(401);
		assertThat(post(update, SECRET + "x")).isEqualTo(401);
		assertThat(post(update, null)).isEqualTo(401);

		String control = FakeZaloApi
			.update("message.text.received", zalo.nextId(), "zl-control", "zl-control", "PRIVATE", "/start")
			.toString();
		assertThat(post(control, SECRET)).isEqualTo(200);
		awaitTexts("zl-control");
		assertThat(zalo.textsTo("zl-intruder")).isEmpty();
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedAndTheWebhookStillWorks() {
		assertThat(post("{\"event_name\": ", SECRET)).isEqualTo(400);

		String update = FakeZaloApi
			.update("message.text.received", zalo.nextId(), "zl-after-bad", "zl-after-bad", "PRIVATE", "/start")
			.toString();
		assertThat(post(update, SECRET)).isEqualTo(200);
		assertThat(awaitTexts("zl-after-bad").get(0)).contains("Xin chào");
	}

	private int post(String body, String secret) {
		return http.post().uri(ZaloWebhookController.PATH).contentType(MediaType.APPLICATION_JSON).headers(headers -> {
			if (secret != null) {
				headers.set(ZaloWebhookController.SECRET_HEADER, secret);
			}
		}).body(body).exchange((request, response) -> response.getStatusCode().value());
	}

	private List<String> awaitTexts(String chatId) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			clock.advance(Duration.ofMillis(500));
			return zalo.textsTo(chatId);
		}, texts -> !texts.isEmpty());
	}

}
