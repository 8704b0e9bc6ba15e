package vn.baocao.channel.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteDataSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Delivery;
import vn.baocao.messaging.Reach;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.text.MessageSplitter;
import vn.baocao.messaging.StoredFiles;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against a Bot API played by WireMock at the HTTP level: what it sends, and
 * how each answer Telegram can give (which the emulator never gives) becomes a delivery
 * outcome.
 */
class TelegramGatewayTest {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String SENT = """
			{"ok": true, "result": {"message_id": 11, "date": 1733814000, "chat": {"id": 7001, "type": "private"},
			  "text": "Câu 2/4"}}""";

	@TempDir
	Path dir;

	JdbcClient jdbc;

	TelegramGateway gateway;

	StoredFiles files;

	BotApi botApi;

	@BeforeEach
	void setUp() {
		SQLiteDataSource db = new SQLiteDataSource();
		db.setUrl("jdbc:sqlite:" + dir.resolve("gateway.db"));
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(db);
		botApi = new BotApi("123456:TEST-token", BotApiUrl.parse(api.baseUrl()));
		TelegramApi telegram = new TelegramApi(new OkHttpTelegramClient(botApi.calls(), botApi.token(), botApi.url()),
				Duration.ofSeconds(2));
		files = new StoredFiles(jdbc, Clock.systemUTC());
		gateway = new TelegramGateway(telegram,
				new AnsweredButtons(new KeyboardMessages(jdbc, Clock.systemUTC()), telegram), files);
	}

	/**
	 * TelegramBots writes method names in lower case ("/sendmessage"): match any case.
	 */
	static MappingBuilder method(String name) {
		return post(urlPathMatching("/bot[^/]+/(?i)" + name));
	}

	static RequestPatternBuilder called(String name) {
		return postRequestedFor(urlPathMatching("/bot[^/]+/(?i)" + name));
	}

	static ResponseDefinitionBuilder telegramError(int code, String description) {
		return aResponse().withStatus(code)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\": false, \"error_code\": " + code + ", \"description\": \"" + description + "\"}");
	}

	@Test
	void aMessageGoesOutAsEscapedHtmlWithItsOptionsAsButtons() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		Delivery result = gateway.send(Outbound.withOptions(Channel.TELEGRAM, "7001", "Tiền < 5 triệu & hơn?",
				List.of(new Option("Có", "4:yes"), new Option("Không", "4:no"))));
		assertThat(result).isEqualTo(new Delivery.Sent());
		api.verify(called("sendmessage").withRequestBody(matchingJsonPath("$.chat_id", equalTo("7001")))
			.withRequestBody(matchingJsonPath("$.parse_mode", equalToIgnoreCase("HTML")))
			.withRequestBody(matchingJsonPath("$.text", equalTo("Tiền &lt; 5 triệu &amp; hơn?")))
			.withRequestBody(matchingJsonPath("$.reply_markup.inline_keyboard[0][1].callback_data", equalTo("4:no"))));
		assertThat(jdbc.sql("SELECT message_id FROM telegram_keyboard WHERE chat_id = '7001'")
			.query(Integer.class)
			.single()).isEqualTo(11);
	}

	@Test
	void tooManyRequestsBecomesRetryAfterWithTelegramsDelay() {
		api.stubFor(method("sendMessage")
			.willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
					{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 7",
					 "parameters": {"retry_after": 7}}""")));
		assertThat(gateway.send(text("Nhắc báo cáo"))).isEqualTo(new Delivery.RetryAfter(Duration.ofSeconds(7)));
	}

	@Test
	void serverErrorsAreFailuresWorthRetrying() {
		api.stubFor(method("sendMessage").willReturn(telegramError(500, "Internal Server Error")));
		assertThat(gateway.send(text("a"))).isInstanceOf(Delivery.Failed.class);
		api.stubFor(method("sendMessage").willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));
		assertThat(gateway.send(text("a"))).isInstanceOf(Delivery.Failed.class);
	}

	@Test
	void aBrokenConnectionIsAFailureWorthRetrying() {
		api.stubFor(method("sendMessage").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThat(gateway.send(text("a"))).isInstanceOf(Delivery.Failed.class);
	}

	@Test
	void noAnswerInTimeIsAFailureWorthRetrying() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT).withFixedDelay(4000)));
		assertThat(gateway.send(text("a"))).isInstanceOf(Delivery.Failed.class);
	}

	@Test
	void anAnswerWithoutOkIsAFailureNotAHang() {
		// TelegramBots never completes the call for such an answer; only our deadline
		// ends it
		api.stubFor(method("sendMessage").willReturn(aResponse().withStatus(500).withBody("{\"message\": \"oops\"}")));
		long start = System.nanoTime();
		assertThat(gateway.send(text("a"))).isInstanceOf(Delivery.Failed.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void badRequestIsRejectedForGoodAndForbiddenMakesTheChatUnreachable() {
		api.stubFor(method("sendMessage").willReturn(telegramError(400, "Bad Request: chat not found")));
		Delivery notFound = gateway.send(text("a"));
		assertThat(notFound).isInstanceOf(Delivery.Rejected.class);
		assertThat(((Delivery.Rejected) notFound).reason()).contains("400", "chat not found")
			.doesNotContain("TEST-token");
		api.stubFor(method("sendMessage").willReturn(telegramError(403, "Forbidden: bot was blocked by the user")));
		assertThat(gateway.send(text("a")))
			.isEqualTo(new Delivery.Unreachable(Reach.BLOCKED, "[403] Forbidden: bot was blocked by the user"));
		api.stubFor(method("sendMessage")
			.willReturn(telegramError(403, "Forbidden: bot can't initiate conversation with a user")));
		assertThat(gateway.send(text("a"))).isInstanceOfSatisfying(Delivery.Unreachable.class,
				unreachable -> assertThat(unreachable.reach()).isEqualTo(Reach.NOT_STARTED));
		api.stubFor(method("sendMessage").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a "
					+ "supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1001234567890}}")));
		assertThat(gateway.send(text("a"))).isEqualTo(new Delivery.Moved("-1001234567890"));
	}

	@Test
	void aNewQuestionTakesTheButtonsOffThePreviousOne() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		api.stubFor(method("editMessageReplyMarkup").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		gateway.send(Outbound.withOptions(Channel.TELEGRAM, "7001", "Câu 2/4", List.of(new Option("Có", "4:yes"))));
		gateway.send(text("Câu hỏi này đã qua."));
		api.verify(0, called("editmessagereplymarkup"));

		api.stubFor(method("sendMessage").withRequestBody(containing("Câu 3/4"))
			.willReturn(okJson(SENT.replace("\"message_id\": 11", "\"message_id\": 12"))));
		gateway
			.send(Outbound.withOptions(Channel.TELEGRAM, "7001", "Câu 3/4", List.of(new Option("Bỏ qua", "5:skip"))));
		api.verify(1, called("editmessagereplymarkup").withRequestBody(matchingJsonPath("$.message_id", equalTo("11")))
			.withRequestBody(matchingJsonPath("$.reply_markup.inline_keyboard.length()", equalTo("0"))));
	}

	@Test
	void aTextOverTelegramsLimitGoesAsSeveralMessagesWithTheButtonsUnderTheLast() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		String summary = ("• Ấp Cầu: phát quang 3.500 m, thắp sáng 3.000 m\n").repeat(120);
		assertThat(summary.length()).isGreaterThan(4096);
		Delivery result = gateway.send(Outbound.withOptions(Channel.TELEGRAM, "-1001000000001", summary,
				List.of(new Option("Xem chi tiết", "1:more"))));
		assertThat(result).isEqualTo(new Delivery.Sent());
		api.verify(2, called("sendmessage"));
		api.verify(1, called("sendmessage").withRequestBody(notContaining("reply_markup")));
		api.verify(1, called("sendmessage").withRequestBody(containing("1:more")));
	}

	@Test
	void theLimitCountsEscapedCharactersAsTelegramDoesAfterEntityParsing() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		// 4,095 characters as the lead sees them, 7,167 once escaped: still one message
		String text = ("a&b ".repeat(1024)).strip();
		assertThat(gateway.send(Outbound.text(Channel.TELEGRAM, "7001", text))).isEqualTo(new Delivery.Sent());
		api.verify(1, called("sendmessage"));
		api.verify(called("sendmessage").withRequestBody(matchingJsonPath("$.text", containing("a&amp;b a&amp;b"))));
	}

	@Test
	void aPayloadOverSixtyFourBytesIsRejectedWithoutCallingTelegram() {
		Delivery result = gateway.send(Outbound.withOptions(Channel.TELEGRAM, "7001", "Chọn ấp",
				List.of(new Option("Ấp Xóm Tháp", "1:h:" + "x".repeat(70)))));
		assertThat(result).isInstanceOf(Delivery.Rejected.class);
		api.verify(0, called("sendmessage"));
	}

	/** What the dispatcher's pacing counts: each sendMessage part, then the upload. */
	@Test
	void aMessageSaysHowManyCallsItTakes() {
		assertThat(gateway.calls(Outbound.text(Channel.TELEGRAM, "7001", "ngắn"))).isEqualTo(1);
		assertThat(gateway.calls(Outbound.text(Channel.TELEGRAM, "7001", ""))).isEqualTo(1);
		String words = "Ấp Cầu & Ấp Mới <ok> ".repeat(400);
		int parts = MessageSplitter.splitHtml(TelegramText.escapeHtml(words), MessageSplitter.TELEGRAM_LIMIT).size();
		assertThat(parts).isGreaterThan(1);
		assertThat(gateway.calls(Outbound.text(Channel.TELEGRAM, "7001", words))).isEqualTo(parts);
		assertThat(gateway.calls(new Outbound(Channel.TELEGRAM, "-1001", words, List.of(),
				new Attachment("baocao-2024-12-10.xlsx", "f1", false))))
			.isEqualTo(parts + 1);
	}

	@Test
	void aFileMissingFromTheStoreLetsTheTextGoAlone() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		Outbound withFile = new Outbound(Channel.TELEGRAM, "-1001000000001", "Báo cáo tổng hợp", List.of(),
				new Attachment("baocao-2024-12-10.xlsx", "f1", false));
		assertThat(gateway.send(withFile)).isEqualTo(new Delivery.Sent());
		api.verify(1, called("sendmessage").withRequestBody(matchingJsonPath("$.text", equalTo("Báo cáo tổng hợp"))));
	}

	@Test
	void aWorkbookGoesAsADocumentUploadAfterItsTextWithItsNameAndBytes() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		api.stubFor(method("sendDocument").willReturn(okJson(SENT)));
		byte[] workbook = { 0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, (byte) 0xff, 0x7f };
		Attachment file = files.store(new FileContent("baocao-2024-12-10.xlsx", FileContent.XLSX, workbook, false));

		Delivery result = gateway.send(new Outbound(Channel.TELEGRAM, "-1001000000001",
				"Bảng tổng hợp ngày 10/12/2024 (Excel)", List.of(), file));

		assertThat(result).isEqualTo(new Delivery.Sent());
		api.verify(1, called("sendmessage")
			.withRequestBody(matchingJsonPath("$.text", equalTo("Bảng tổng hợp ngày 10/12/2024 (Excel)"))));
		api.verify(1,
				called("senddocument").withHeader("Content-Type", containing("multipart/form-data"))
					.withAnyRequestBodyPart(aMultipart("chat_id").withBody(equalTo("-1001000000001")))
					.withAnyRequestBodyPart(aMultipart("document")
						.withHeader("Content-Disposition", containing("filename=\"baocao-2024-12-10.xlsx\""))
						.withBody(binaryEqualTo(workbook))));
		api.verify(0, called("sendphoto"));
		assertThat(methodsCalled()).containsExactly("sendmessage", "senddocument");
	}

	@Test
	void aChartGoesAsAPhotoUpload() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		api.stubFor(method("sendPhoto").willReturn(okJson(SENT)));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a };
		Attachment chart = files.store(new FileContent("tiendo-2024-12-10.png", FileContent.PNG, png, true));

		assertThat(gateway.send(new Outbound(Channel.TELEGRAM, "7001", "Biểu đồ tiến độ", List.of(), chart)))
			.isEqualTo(new Delivery.Sent());

		api.verify(1,
				called("sendphoto").withAnyRequestBodyPart(aMultipart("photo")
					.withHeader("Content-Disposition", containing("filename=\"tiendo-2024-12-10.png\""))
					.withBody(binaryEqualTo(png))));
		api.verify(0, called("senddocument"));
	}

	@Test
	void aFailedUploadIsRetriedWithoutTheTextComingTwice() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		api.stubFor(method("sendDocument").willReturn(telegramError(500, "Internal Server Error")));
		Attachment file = files
			.store(new FileContent("baocao-2024-12-10.xlsx", FileContent.XLSX, new byte[] { 1, 2 }, false));
		Outbound message = new Outbound(Channel.TELEGRAM, "7001", "Bảng tổng hợp", List.of(), file);

		assertThat(gateway.send(message)).isInstanceOf(Delivery.Failed.class);
		api.stubFor(method("sendDocument").willReturn(okJson(SENT)));
		assertThat(gateway.send(message)).isEqualTo(new Delivery.Sent());

		api.verify(1, called("sendmessage"));
		api.verify(2, called("senddocument"));
	}

	@Test
	void anUploadTooSoonWaitsAsTelegramSaysAndARefusedOneIsGivenUp() {
		api.stubFor(method("sendMessage").willReturn(okJson(SENT)));
		api.stubFor(method("sendDocument")
			.willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
					{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 9",
					 "parameters": {"retry_after": 9}}""")));
		Attachment file = files
			.store(new FileContent("baocao-2024-12-10.xlsx", FileContent.XLSX, new byte[] { 1 }, false));
		Outbound message = new Outbound(Channel.TELEGRAM, "7001", "Bảng tổng hợp", List.of(), file);
		assertThat(gateway.send(message)).isEqualTo(new Delivery.RetryAfter(Duration.ofSeconds(9)));

		api.stubFor(method("sendDocument").willReturn(telegramError(400, "Bad Request: file is too big")));
		assertThat(gateway.send(message)).isInstanceOf(Delivery.Rejected.class);
		api.verify(1, called("sendmessage"));
	}

	/** Bot API methods in the order the gateway called them, lower case. */
	private List<String> methodsCalled() {
		// WireMock lists the newest request first
		List<String> methods = new ArrayList<>(api.getAllServeEvents()
			.stream()
			.map(e -> e.getRequest().getUrl().replaceAll(".*/", "").toLowerCase(Locale.ROOT))
			.toList());
		Collections.reverse(methods);
		return methods;
	}

	@Test
	void groupsAreTheChatsWithNegativeIds() {
		assertThat(gateway.isGroup("-1001000000001")).isTrue();
		assertThat(gateway.isGroup("7001")).isFalse();
	}

	private static Outbound text(String text) {
		return Outbound.text(Channel.TELEGRAM, "7001", text);
	}

}
