package vn.baocao.channel.telegram;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Telegram channel end to end: the whole application with the real TelegramBots
 * client and long poll, against the Bot API emulator, on a SQLite file, at 14:00 on the
 * first campaign day. Each test gets a new application, a bot token and a database of its
 * own, and plays the lead of its own hamlet (leads 7001-7008 in
 * src/test/resources/telegram/campaign.yml). Scenarios across a restart are in
 * {@link TelegramRestartTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class TelegramChannelTest {

	static final String CAMPAIGN = "src/test/resources/telegram/campaign.yml";

	static final long COMMITTEE_GROUP = -1001000000001L;

	static final long ADMIN = 9001;

	private static final AtomicInteger DATABASES = new AtomicInteger();

	@TempDir
	static Path dir;

	/** Fails here, with what to install, where Node.js or the emulator is missing. */
	@BeforeAll
	static void startEmulator() {
		TelegramEmulator.shared();
	}

	/** Runs once per application context, so each test has its own token and database. */
	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		TelegramEmulator emulator = TelegramEmulator.shared();
		String token = TelegramEmulator.newToken();
		Path db = dir.resolve("telegram-" + DATABASES.incrementAndGet() + ".db");
		registry.add("baocao.telegram.token", () -> token);
		registry.add("baocao.telegram.api-url", emulator::apiUrl);
		registry.add("baocao.db-path", db::toString);
		registry.add("baocao.campaign-file", () -> CAMPAIGN);
	}

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	TelegramEmulator emulator;

	String token;

	@BeforeEach
	void setUp() {
		emulator = TelegramEmulator.shared();
		token = environment.getRequiredProperty("baocao.telegram.token");
	}

	TelegramUser lead(long id) {
		return TelegramUser.inPrivateChat(emulator, token, id, "Lan", "Nguyễn", "lan" + id);
	}

	@Test
	void aLeadCompletesAReportWithTypedValuesAndButtons() {
		TelegramUser lead = lead(7001);
		lead.sendCommand("/baocao");
		lead.awaitReply("Báo cáo ngày 10/12/2024 của Ấp Cầu");
		lead.awaitReply("Số người dân tham gia");
		lead.sendText("25");
		BotMessage gate = lead.awaitReply("Hôm nay ấp có làm đường giao thông không?");
		assertThat(gate.buttons()).extracting(BotMessage.Button::label).containsExactly("Có", "Không");
		lead.pressButton("Có");
		lead.awaitReply("Phát quang, dọn vệ sinh đường");
		assertThat(lead.asShownNow(gate).hasButtons()).as("buttons of the answered question").isFalse();
		lead.sendText("1.330");
		lead.awaitReply("Hình thức chính");
		lead.pressButton("Tuyên truyền");
		BotMessage difficulties = lead.awaitReply("Khó khăn, đề xuất");
		assertThat(difficulties.button("Bỏ qua")).isPresent();
		lead.sendText("Thiếu <đèn> & dây điện");
		BotMessage confirm = lead.awaitReply("Kiểm tra báo cáo của Ấp Cầu ngày 10/12/2024");
		assertThat(lead.asShownNow(difficulties).hasButtons()).as("buttons of a question answered by typing").isFalse();
		assertThat(confirm.text()).contains("25 người", "1.330 m", "Tuyên truyền", "Thiếu <đèn> & dây điện");
		assertThat(confirm.html()).contains("Thiếu &lt;đèn&gt; &amp; dây điện");
		lead.pressButton("Gửi báo cáo");
		lead.awaitReply("Đã nhận báo cáo của Ấp Cầu ngày 10/12/2024 lúc 14:00, đúng hạn");

		assertThat(revisions("cau")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT values_json FROM report_revision WHERE hamlet_code = 'cau'")
			.query(String.class)
			.single()).contains("residents", "25", "1330", "Tuyên truyền");
		assertThat(emulator.botCalls(token, "answercallbackquery")).as("every press answered").hasSize(3);
		assertThat(jdbc.sql(
				"SELECT display_name || ' @' || username FROM chat_user WHERE channel = 'telegram' AND user_id = '7001'")
			.query(String.class)
			.single()).isEqualTo("Lan Nguyễn @lan7001");
	}

	@Test
	void aWrongNumberIsExplainedAndTheSameQuestionAskedAgain() {
		TelegramUser lead = lead(7002);
		lead.sendCommand("/baocao");
		lead.awaitReply("Số người dân tham gia");
		lead.sendText("hai mươi lăm");
		lead.awaitReply("Chưa đọc được số", "ví dụ: 25");
		lead.awaitReply("Số người dân tham gia");
		lead.sendPhoto("AgACAgIAAxk-photo", null);
		lead.awaitReply("Câu này cần gõ câu trả lời, không phải ảnh");
		lead.awaitReply("Số người dân tham gia");
		lead.sendText("25");
		lead.awaitReply("Hôm nay ấp có làm đường giao thông không?");
	}

	@Test
	void anOldButtonIsAnsweredAsPassedAndChangesNothing() {
		TelegramUser lead = lead(7003);
		lead.sendCommand("/baocao");
		lead.awaitReply("Số người dân tham gia");
		lead.sendText("40");
		BotMessage gate = lead.awaitReply("Hôm nay ấp có làm đường giao thông không?");
		lead.pressButton(gate, "Không");
		BotMessage choice = lead.awaitReply("Hình thức chính");

		lead.pressButton(gate, "Có");
		lead.awaitReply("Câu hỏi này đã qua");
		assertThat(lead.asShownNow(choice).hasButtons()).as("the current question keeps its buttons").isTrue();
		assertThat(emulator.botCalls(token, "answercallbackquery")).as("the old press answered too").hasSize(2);

		lead.pressButton(choice, "Văn nghệ");
		lead.awaitReply("Khó khăn, đề xuất");
		assertThat(lead.unseen()).noneMatch(m -> m.text().contains("Phát quang"));
	}

	@Test
	void aTextOverTheLimitIsRefusedWithTheLimitAndAskedAgain() {
		TelegramUser lead = lead(7005);
		lead.sendCommand("/baocao");
		lead.awaitReply("Số người dân tham gia");
		lead.sendText("12");
		lead.awaitReply("Hôm nay ấp có làm đường giao thông không?");
		lead.pressButton("Không");
		lead.awaitReply("Hình thức chính");
		lead.pressButton("Lao động");
		lead.awaitReply("Khó khăn, đề xuất");
		lead.sendText("Đường lầy.".repeat(500));
		lead.awaitReply("Nội dung dài 5.000 ký tự, quá giới hạn 1.000 ký tự");
		lead.awaitReply("Khó khăn, đề xuất");
		lead.sendText("Đường lầy");
		lead.awaitReply("Kiểm tra báo cáo", "Đường lầy");
	}

	@Test
	void thePollerSurvivesAnUpdateItCannotReadAndTheUserIsAskedToTryAgain() {
		TelegramUser lead = lead(7008);
		Map<String, Object> chat = Map.of("id", 7008, "type", "private", "first_name", "Lan");
		Map<String, Object> withoutSender = new LinkedHashMap<>();
		withoutSender.put("chat", chat);
		withoutSender.put("date", System.currentTimeMillis() / 1000);
		withoutSender.put("text", "25");
		lead.sendRaw(withoutSender);
		lead.awaitReply("Xin lỗi, bot gặp sự cố", "Xin gửi lại");

		Map<String, Object> sticker = new LinkedHashMap<>();
		sticker.put("chat", chat);
		sticker.put("from", Map.of("id", 7008, "is_bot", false, "first_name", "Lan"));
		sticker.put("date", System.currentTimeMillis() / 1000);
		sticker.put("sticker", Map.of("file_id", "CAACAgIAAxk", "file_unique_id", "AgAD", "type", "regular", "width",
				512, "height", 512, "is_animated", false, "is_video", false));
		lead.sendRaw(sticker);
		lead.awaitReply("Bot chỉ đọc được tin nhắn chữ");

		lead.sendCommand("/baocao");
		lead.awaitReply("Số người dân tham gia");
	}

	@Test
	void inTheCommitteeGroupOnlyCommandsForThisBotAreAnswered() {
		TelegramUser admin = TelegramUser.inPrivateChat(emulator, token, ADMIN, "Hưng", "Trần", "hung_bchqs")
			.inGroup(COMMITTEE_GROUP);
		admin.sendText("Chào cả nhà, chiều nay họp lúc 16:00");
		admin.sendCommand("/trogiup@SomeOtherBot");
		admin.sendCommand("/trogiup@TestNameBot");
		admin.awaitReply("Các lệnh bạn dùng được");
		admin.sendCommand("/baocao");
		admin.awaitReply("Lệnh này dùng trong tin nhắn riêng với bot");
		assertThat(outboxTexts(admin.chatId(), "")).as("one answer per command for this bot").isEqualTo(2);

		List<TelegramEmulator.BotCall> menus = emulator.botCalls(token, "setmycommands");
		assertThat(menus).extracting(call -> call.params().path("scope").path("type").asString())
			.containsExactlyInAnyOrder("all_private_chats", "all_group_chats");
		assertThat(menus.toString()).contains("baocao", "Báo cáo hôm nay", "tonghop");
	}

	// ---- helpers ---------------------------------------------------------------------

	private int revisions(String hamlet) {
		return revisions(jdbc, hamlet);
	}

	private static int revisions(JdbcClient db, String hamlet) {
		return db.sql("SELECT count(*) FROM report_revision WHERE hamlet_code = ?")
			.param(hamlet)
			.query(Integer.class)
			.single();
	}

	private int outboxTexts(String chatId, String containing) {
		return outboxTexts(jdbc, chatId, containing);
	}

	private static int outboxTexts(JdbcClient db, String chatId, String containing) {
		return db.sql("SELECT count(*) FROM outbox WHERE channel = 'telegram' AND chat_id = ? AND message_json LIKE ?")
			.params(chatId, "%" + containing + "%")
			.query(Integer.class)
			.single();
	}

}
