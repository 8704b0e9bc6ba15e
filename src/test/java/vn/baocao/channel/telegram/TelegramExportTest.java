package vn.baocao.channel.telegram;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /xuat on Telegram, end to end through the emulator: the admin gets the reply's words,
 * then the bot uploads the workbook with sendDocument. telegram-test-api 4.2.1 has no
 * sendDocument (our launcher answers it with a Telegram-shaped 404), so the upload itself
 * is checked at the HTTP level in {@link TelegramGatewayTest}; here, that it was tried
 * with the stored workbook, and that the refused upload is given up, not retried forever.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfig.class)
class TelegramExportTest {

	@TempDir
	static Path dir;

	@BeforeAll
	static void startEmulator() {
		TelegramEmulator.shared();
	}

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		TelegramEmulator emulator = TelegramEmulator.shared();
		String token = TelegramEmulator.newToken();
		registry.add("baocao.telegram.token", () -> token);
		registry.add("baocao.telegram.api-url", emulator::apiUrl);
		registry.add("baocao.db-path", () -> dir.resolve("export.db").toString());
		registry.add("baocao.campaign-file", () -> TelegramChannelTest.CAMPAIGN);
	}

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminsExportBringsItsWordsAndTheWorkbookIsUploaded() {
		String token = environment.getRequiredProperty("baocao.telegram.token");
		TelegramUser admin = TelegramUser.inPrivateChat(TelegramEmulator.shared(), token, TelegramChannelTest.ADMIN,
				"Hưng", "Trần", "hung_bchqs");

		admin.sendCommand("/xuat");

		BotMessage reply = admin.awaitReply("Bảng tổng hợp Excel từ ngày 10/12/2024 đến ngày 10/12/2024",
				"baocao-2024-12-10-den-2024-12-10.xlsx");
		assertThat(reply.text()).contains("kết quả so với chỉ tiêu");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !TelegramEmulator.shared().botCalls(token, "senddocument").isEmpty());
		assertThat(jdbc.sql("SELECT name FROM stored_file").query(String.class).list())
			.containsExactly("baocao-2024-12-10-den-2024-12-10.xlsx");
		// the emulator refuses the upload for good (404): the message is not retried
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
				.query(Integer.class)
				.single() == 0);
		assertThat(TelegramEmulator.shared().botCalls(token, "sendmessage"))
			.filteredOn(call -> call.params().path("text").asString().startsWith("Bảng tổng hợp Excel"))
			.hasSize(1);
	}

}
