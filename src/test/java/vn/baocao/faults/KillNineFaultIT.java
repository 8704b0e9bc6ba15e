package vn.baocao.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.channel.telegram.TelegramEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Eight scripted leads report and amend their reports while the bot process is killed
 * with SIGKILL at random moments and restarted, at least 20 times. A lead whose message
 * got no answer sends it again with the same update id, as a chat platform redelivers an
 * unconfirmed update. Afterwards every confirmed submission is stored exactly once: no
 * revision lost, none doubled, and each confirmation was said once.
 */
class KillNineFaultIT {

	static final int LEADS = 8;

	static final int KILLS = Integer.getInteger("baocao.faults.kills", 20);

	static final String[] HAMLETS = { "cau", "trai-bi", "san-bay", "moi", "bau-dung", "go-cat", "dong-dai",
			"xom-thap" };

	@TempDir
	Path dir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void everyConfirmedAnswerIsStoredOnceAcrossRandomKills() throws Exception {
		Path db = dir.resolve("baocao.db");
		Path campaign = Path.of("src/test/resources/campaigns/faults.yml").toAbsolutePath();
		// Telegram on too (polling the emulator, idle), so that the token's absence from
		// the log is checked across twenty crashes and restarts
		String token = TelegramEmulator.newToken();
		BotProcess bot = new BotProcess(db, campaign, dir.resolve("bot.log")).env("TELEGRAM_BOT_TOKEN", token)
			.env("TELEGRAM_API_URL", TelegramEmulator.shared().apiUrl());
		long started = System.nanoTime();
		bot.start();
		AtomicBoolean stopping = new AtomicBoolean();
		Map<Integer, Integer> rounds = new ConcurrentHashMap<>();
		AtomicInteger messages = new AtomicInteger();
		ExecutorService leads = Executors.newFixedThreadPool(LEADS);
		List<Future<?>> running = new ArrayList<>();
		for (int lead = 1; lead <= LEADS; lead++) {
			int id = lead;
			running.add(leads.submit(() -> {
				int round = 0;
				while (!stopping.get()) {
					for (String[] step : script(id, round)) {
						sendUntilApplied(bot, "l" + id, step[0], step[1]);
						messages.incrementAndGet();
					}
					rounds.put(id, ++round);
				}
				return null;
			}));
		}
		Random random = new Random(Long.getLong("baocao.faults.seed", System.nanoTime()));
		for (int kill = 0; kill < KILLS; kill++) {
			int before = messages.get();
			await().atMost(Duration.ofSeconds(60)).until(() -> messages.get() > before + random.nextInt(20));
			bot.kill();
			bot.start();
		}
		stopping.set(true);
		for (Future<?> lead : running) {
			lead.get(5, TimeUnit.MINUTES);
		}
		leads.shutdown();
		bot.stop();
		System.out.printf("kill -9: %d kills, %d messages applied, %d rounds, %.0f s%n", KILLS, messages.get(),
				rounds.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - started) / 1e9);

		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
			for (int lead = 1; lead <= LEADS; lead++) {
				int expected = rounds.get(lead);
				String hamlet = HAMLETS[lead - 1];
				List<Integer> numbers = ints(connection,
						"SELECT revision FROM report_revision WHERE hamlet_code = '" + hamlet + "' ORDER BY revision");
				assertThat(numbers).as("revisions of %s", hamlet).hasSize(expected);
				assertThat(numbers).as("revision numbers of %s", hamlet)
					.doesNotHaveDuplicates()
					.isSorted()
					.startsWith(1)
					.endsWith(expected);
				String latest = string(connection, "SELECT values_json FROM report_revision WHERE hamlet_code = '"
						+ hamlet + "' ORDER BY revision DESC LIMIT 1");
				assertThat(latest).as("the last values of %s", hamlet)
					.contains("\"n\":\"" + (expected - 1 + lead) + "\"")
					.contains("\"n\":\"" + (100 * lead + expected - 1) + "\"");
				int confirmations = ints(connection, "SELECT count(*) FROM local_message WHERE chat_id = 'l" + lead
						+ "' AND direction = 'out' AND (message_json LIKE '%Đã nhận báo cáo%' OR message_json LIKE '%Đã lưu bản sửa%')")
					.get(0);
				assertThat(confirmations).as("confirmations said to l%d", lead).isEqualTo(expected);
			}
			assertThat(ints(connection, "SELECT count(*) FROM processed_update").get(0)).isEqualTo(messages.get());
		}
		assertThat(rounds.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(LEADS);
		TokenLeaks.assertAbsent(token, dir.resolve("bot.log"));
	}

	/**
	 * One round: the first report of the day, then amendments with new figures each time.
	 */
	private static List<String[]> script(int lead, int round) {
		String prefix = "l" + lead + "-r" + round + "-";
		return List.of(new String[] { prefix + "0", round == 0 ? "/baocao" : "/sua" },
				new String[] { prefix + "1", String.valueOf(lead + round) },
				new String[] { prefix + "2", String.valueOf(3 * (lead + round)) },
				new String[] { prefix + "3", (100 * lead + round) + "m" }, new String[] { prefix + "4", "gửi" });
	}

	/**
	 * Sends until the bot accepted the update (answered it, or said it had already
	 * applied it).
	 */
	private void sendUntilApplied(BotProcess bot, String user, String updateId, String text) {
		String body = "{\"chatId\":\"" + user + "\",\"userId\":\"" + user + "\",\"updateId\":\"" + updateId
				+ "\",\"text\":\"" + text + "\"}";
		await("update " + updateId).atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/api/local/messages"))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode() == 200);
	}

	private static List<Integer> ints(Connection connection, String sql) throws SQLException {
		List<Integer> values = new ArrayList<>();
		try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getInt(1));
			}
		}
		return values;
	}

	private static String string(Connection connection, String sql) throws SQLException {
		try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : "";
		}
	}

	static String read(Path file) throws IOException {
		return Files.readString(file);
	}

}
