package vn.baocao.channel.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Telegram channel across restarts of the whole application on the same SQLite file:
 * a lead goes on where they were, a redelivered update is applied once, queued messages
 * still go out.
 */
class TelegramRestartTest {

	@TempDir
	Path dir;

	TelegramEmulator emulator;

	String token;

	@BeforeAll
	static void startEmulator() {
		TelegramEmulator.shared();
	}

	@BeforeEach
	void setUp() {
		emulator = TelegramEmulator.shared();
		token = TelegramEmulator.newToken();
	}

	private BotApplication start() {
		return BotApplication.start(token, emulator.apiUrl(), dir.resolve("restart.db"), TelegramChannelTest.CAMPAIGN);
	}

	private TelegramUser lead(long id) {
		return TelegramUser.inPrivateChat(emulator, token, id, "Lan", "Nguyễn", "lan" + id);
	}

	@Test
	void afterARestartTheLeadContinuesWhereTheyWere() {
		TelegramUser lead = lead(7004);
		BotApplication bot = start();
		try {
			lead.sendCommand("/baocao");
			lead.awaitReply("Số người dân tham gia");
			lead.sendText("30");
			BotMessage gate = lead.awaitReply("Hôm nay ấp có làm đường giao thông không?");

			bot = bot.restart();
			lead.pressButton(gate, "Có");
			lead.awaitReply("Phát quang, dọn vệ sinh đường");
			assertThat(lead.asShownNow(gate).hasButtons()).as("buttons of the question answered after the restart")
				.isFalse();
			lead.sendText("500 m");
			lead.awaitReply("Hình thức chính");
			lead.pressButton("Văn nghệ");
			lead.awaitReply("Khó khăn, đề xuất");
			lead.pressButton("Bỏ qua");
			BotMessage confirm = lead.awaitReply("Kiểm tra báo cáo của Ấp Mới");
			assertThat(confirm.text()).contains("30 người", "500 m", "Văn nghệ");
		}
		finally {
			bot.close();
		}
	}

	@Test
	void theSameUpdateDeliveredTwiceGivesOneAnswerAndOneReport() {
		TelegramUser lead = lead(7006);
		BotApplication bot = start();
		try {
			lead.sendCommand("/baocao");
			lead.awaitReply("Số người dân tham gia");
			lead.sendText("60");
			lead.awaitReply("Hôm nay ấp có làm đường giao thông không?");
			lead.pressButton("Không");
			lead.awaitReply("Hình thức chính");
			lead.pressButton("Lao động");
			lead.awaitReply("Khó khăn, đề xuất");
			lead.pressButton("Bỏ qua");
			lead.awaitReply("Kiểm tra báo cáo của Ấp Gò Cát");
			long send = lead.pressButton("Gửi báo cáo");
			lead.awaitReply("Đã nhận báo cáo của Ấp Gò Cát");

			// the bot stops; Telegram hands the same update out again, as after a crash
			// before confirming it
			bot.close();
			emulator.redeliver(token, send);
			bot = bot.restart();
			await().atMost(Duration.ofSeconds(30)).until(() -> !emulator.pendingUpdates(token).contains(send));

			JdbcClient db = bot.bean(JdbcClient.class);
			assertThat(db.sql("SELECT count(*) FROM report_revision WHERE hamlet_code = 'go-cat'")
				.query(Integer.class)
				.single()).as("reports").isEqualTo(1);
			assertThat(db
				.sql("SELECT count(*) FROM outbox WHERE chat_id = '7006' AND message_json LIKE '%Đã nhận báo cáo%'")
				.query(Integer.class)
				.single()).as("answers queued").isEqualTo(1);
			lead.sendCommand("/xem");
			lead.awaitReply("Báo cáo của Ấp Gò Cát ngày 10/12/2024");
			assertThat(lead.received()).filteredOn(m -> m.text().contains("Đã nhận báo cáo")).hasSize(1);
		}
		finally {
			bot.close();
		}
	}

	@Test
	void messagesNotYetSentGoOutAfterARestart() throws IOException {
		BotApplication bot = BotApplication.start(token, "http://127.0.0.1:" + closedPort(), dir.resolve("outbox.db"),
				TelegramChannelTest.CAMPAIGN);
		try {
			bot.bean(Outbox.class)
				.enqueue(List.of(Outbound.text(Channel.TELEGRAM, "7007", "Nhắc: hôm nay ấp chưa báo cáo.")));
			JdbcClient offline = bot.bean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> offline.sql("SELECT attempts FROM outbox WHERE chat_id = '7007'")
					.query(Integer.class)
					.single() > 0);
			assertThat(offline.sql("SELECT count(*) FROM outbox WHERE sent_at IS NULL").query(Integer.class).single())
				.as("still waiting while Telegram cannot be reached")
				.isEqualTo(1);

			bot = bot.restart("baocao.telegram.api-url", emulator.apiUrl());
			lead(7007).awaitReply("Nhắc: hôm nay ấp chưa báo cáo.");
			JdbcClient online = bot.bean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> online.sql("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
					.query(Integer.class)
					.single() == 0);
		}
		finally {
			bot.close();
		}
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
