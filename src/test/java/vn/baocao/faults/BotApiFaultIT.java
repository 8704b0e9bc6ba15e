package vn.baocao.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import vn.baocao.channel.telegram.BotMessage;
import vn.baocao.channel.telegram.TelegramEmulator;
import vn.baocao.channel.telegram.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged bot, with its real TelegramBots client and long poll, talking to the Bot
 * API emulator through {@link FaultyBotApi}: every third sendMessage, editMessage* and
 * getUpdates call meets a 429 with retry_after, a 500, a connection reset or a slow
 * answer. Eight leads complete their reports with typed answers and buttons, then look at
 * them three times. Afterwards every message the outbox holds reached its chat exactly
 * once and in order, every update was applied once, no report was doubled, both the long
 * poll and the sender still work, and the token is in no line of the bot's log.
 */
class BotApiFaultIT {

	static final long COMMITTEE_GROUP = -1001000000001L;

	static final String[][] LEADS = { { "7001", "Ấp Cầu" }, { "7002", "Ấp Trại Bí" }, { "7003", "Ấp Sân Bay" },
			{ "7004", "Ấp Mới" }, { "7005", "Ấp Bàu Đưng" }, { "7006", "Ấp Gò Cát" }, { "7007", "Ấp Đồng Dài" },
			{ "7008", "Ấp Xóm Tháp" } };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void everyMessageArrivesOnceAndInOrderThroughBotApiFaults() throws Exception {
		TelegramEmulator emulator = TelegramEmulator.shared();
		String token = TelegramEmulator.newToken();
		Path db = dir.resolve("baocao.db");
		Path log = dir.resolve("bot.log");
		List<Long> updates = Collections.synchronizedList(new ArrayList<>());
		List<TelegramUser> leads = new ArrayList<>();
		for (String[] lead : LEADS) {
			leads.add(TelegramUser.inPrivateChat(emulator, token, Long.parseLong(lead[0]), "Trưởng", lead[1], null));
		}
		TelegramUser committee = leads.get(0).inGroup(COMMITTEE_GROUP);

		BotProcess bot = new BotProcess(db, Path.of("src/test/resources/telegram/campaign.yml").toAbsolutePath(), log)
			.env("TELEGRAM_BOT_TOKEN", token);
		try (FaultyBotApi api = new FaultyBotApi(emulator.apiUrl(), 3)) {
			bot.env("TELEGRAM_API_URL", api.url());
			bot.start();
			ExecutorService typing = Executors.newFixedThreadPool(LEADS.length);
			try {
				List<Future<?>> reports = new ArrayList<>();
				for (int i = 0; i < LEADS.length; i++) {
					TelegramUser lead = leads.get(i);
					String hamlet = LEADS[i][1];
					int residents = 20 + i;
					reports.add(typing.submit(() -> report(lead, hamlet, residents, updates)));
				}
				for (Future<?> report : reports) {
					report.get(5, TimeUnit.MINUTES);
				}
			}
			finally {
				typing.shutdownNow();
			}
			int faults = api.injectedTotal();
			System.out.printf(
					"Bot API faults injected: %d %s; calls: sendMessage %d, getUpdates %d, "
							+ "editMessageReplyMarkup %d%n",
					faults, api.injected(), api.calls("sendmessage"), api.calls("getupdates"),
					api.calls("editmessagereplymarkup"));
			assertThat(api.injected()).as("faults met by each method")
				.hasEntrySatisfying("sendmessage",
						kinds -> assertThat(kinds).containsOnlyKeys(FaultyBotApi.Fault.values()))
				.hasEntrySatisfying("getupdates",
						kinds -> assertThat(kinds).containsOnlyKeys(FaultyBotApi.Fault.values()))
				.containsKey("editmessagereplymarkup");

			api.calm();
			for (int i = 0; i < LEADS.length; i++) {
				updates.add(leads.get(i).sendCommand("/xem"));
				leads.get(i).awaitReply("Báo cáo của " + LEADS[i][1] + " ngày 10/12/2024");
			}
		}
		finally {
			bot.stop();
		}

		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
			for (int i = 0; i < LEADS.length; i++) {
				assertDeliveredOnceInOrder(connection, leads.get(i));
				assertThat(number(connection,
						"SELECT count(*) FROM report_revision WHERE hamlet_code = (SELECT "
								+ "hamlet_code FROM assignment WHERE user_id = '" + LEADS[i][0] + "')"))
					.as("reports of %s", LEADS[i][1])
					.isEqualTo(1);
			}
			assertDeliveredOnceInOrder(connection, committee);
			assertThat(number(connection,
					"SELECT count(*) FROM outbox WHERE sent_at IS NULL OR last_error LIKE 'REJECTED%'"))
				.as("messages unsent or given up")
				.isZero();
			Set<String> applied = new TreeSet<>(
					strings(connection, "SELECT update_id FROM processed_update WHERE channel = 'telegram'"));
			assertThat(applied).as("updates applied, once each (their ids are the key)")
				.containsExactlyInAnyOrderElementsOf(updates.stream().map(String::valueOf).toList());
		}
		TokenLeaks.assertAbsent(token, log);
	}

	/**
	 * One lead's report, as in TelegramChannelTest, then the report looked at three
	 * times.
	 */
	private static Void report(TelegramUser lead, String hamlet, int residents, List<Long> updates) {
		updates.add(lead.sendCommand("/baocao"));
		lead.awaitReply("Số người dân tham gia");
		updates.add(lead.sendText(String.valueOf(residents)));
		lead.awaitReply("Hôm nay ấp có làm đường giao thông không?");
		updates.add(lead.pressButton("Có"));
		lead.awaitReply("Phát quang, dọn vệ sinh đường");
		updates.add(lead.sendText("1.330"));
		lead.awaitReply("Hình thức chính");
		updates.add(lead.pressButton("Tuyên truyền"));
		lead.awaitReply("Khó khăn, đề xuất");
		updates.add(lead.sendText("Thiếu <đèn> & dây điện"));
		lead.awaitReply("Kiểm tra báo cáo của " + hamlet);
		updates.add(lead.pressButton("Gửi báo cáo"));
		lead.awaitReply("Đã nhận báo cáo của " + hamlet + " ngày 10/12/2024");
		for (int look = 0; look < 3; look++) {
			updates.add(lead.sendCommand("/xem"));
			lead.awaitReply("Báo cáo của " + hamlet + " ngày 10/12/2024");
		}
		return null;
	}

	/**
	 * What the chat shows is what the outbox sent it, message for message: none lost,
	 * none twice, none out of order.
	 */
	private static void assertDeliveredOnceInOrder(Connection connection, TelegramUser chat) throws SQLException {
		List<String> queued = new ArrayList<>();
		for (String json : strings(connection,
				"SELECT message_json FROM outbox WHERE chat_id = '" + chat.chatId() + "' ORDER BY id")) {
			queued.add(JSON.readTree(json).path("text").asString());
		}
		List<String> shown = chat.received().stream().map(BotMessage::text).toList();
		assertThat(shown).as("messages in chat %s", chat.chatId()).containsExactlyElementsOf(queued);
	}

	private static int number(Connection connection, String sql) throws SQLException {
		return Integer.parseInt(strings(connection, sql).get(0));
	}

	private static List<String> strings(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

}
