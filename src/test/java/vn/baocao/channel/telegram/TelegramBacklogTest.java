package vn.baocao.channel.telegram;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Updates that piled up while the bot was down come in one poll and are stored in one
 * commit (issue 18): each is still applied once, in its chat's order, its press answered
 * and its buttons taken off, and each lead gets the answers they would have got one by
 * one.
 */
class TelegramBacklogTest {

	@TempDir
	Path dir;

	@BeforeAll
	static void startEmulator() {
		TelegramEmulator.shared();
	}

	@Test
	void aBacklogPolledTogetherIsAppliedOnceInOrderWithEveryAnswer() {
		TelegramEmulator emulator = TelegramEmulator.shared();
		String token = TelegramEmulator.newToken();
		TelegramUser moi = TelegramUser.inPrivateChat(emulator, token, 7004, "Lan", "Nguyễn", "lan7004");
		TelegramUser goCat = TelegramUser.inPrivateChat(emulator, token, 7006, "Hùng", "Trần", "hung7006");
		BotApplication bot = BotApplication.start(token, emulator.apiUrl(), dir.resolve("backlog.db"),
				TelegramChannelTest.CAMPAIGN);
		try {
			moi.sendCommand("/baocao");
			moi.awaitReply("Số người dân tham gia");
			moi.sendText("30");
			BotMessage gate = moi.awaitReply("Hôm nay ấp có làm đường giao thông không?");
			bot.close();

			// while the bot is down: a press, answers and another lead's whole start
			moi.pressButton(gate, "Có");
			moi.sendText("1.330m");
			goCat.sendCommand("/baocao");
			goCat.sendText("60");
			assertThat(emulator.pendingUpdates(token)).hasSize(4);
			int pressesAnswered = emulator.botCallCount(token, "answercallbackquery");

			bot = bot.restart();
			moi.awaitReply("Phát quang, dọn vệ sinh đường");
			moi.awaitReply("Hình thức chính");
			goCat.awaitReply("Số người dân tham gia");
			goCat.awaitReply("Hôm nay ấp có làm đường giao thông không?");
			await().atMost(Duration.ofSeconds(30)).until(() -> emulator.pendingUpdates(token).isEmpty());
			assertThat(emulator.botCallCount(token, "answercallbackquery")).as("the press answered")
				.isEqualTo(pressesAnswered + 1);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(
						() -> assertThat(moi.asShownNow(gate).hasButtons()).as("buttons of the answered question")
							.isFalse());

			JdbcClient db = bot.bean(JdbcClient.class);
			assertThat(db.sql("SELECT count(*) FROM processed_update WHERE channel = 'telegram'")
				.query(Integer.class)
				.single()).as("updates applied, the two before the restart included").isEqualTo(6);
			moi.pressButton("Văn nghệ");
			moi.awaitReply("Khó khăn, đề xuất");
			moi.pressButton("Bỏ qua");
			BotMessage confirm = moi.awaitReply("Kiểm tra báo cáo của Ấp Mới");
			assertThat(confirm.text()).contains("30 người", "1.330 m", "Văn nghệ");
			assertThat(goCat.received()).as("one first question for the other lead")
				.filteredOn(m -> m.text().contains("Số người dân tham gia"))
				.hasSize(1);
		}
		finally {
			bot.close();
		}
	}

}
