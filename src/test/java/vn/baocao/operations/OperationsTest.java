package vn.baocao.operations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.baocao.support.LocalApi;
import vn.baocao.support.MutableClock;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operations on the real application, a real SQLite file and the local channel: a backup
 * taken with {@code --backup} while eight leads report and amend, restored with
 * {@code --restore} on another path, holds every report and revision the live database
 * had when it was taken; the retention pass on a clock moved past the campaign prunes
 * what only grows and keeps every report; the metrics after scripted traffic, and who may
 * read them.
 */
class OperationsTest {

	static final String CAMPAIGN = "baocao.campaign-file=src/test/resources/campaigns/faults.yml";

	static final String FAST = "baocao.limits.updates-per-minute=100000";

	static final String REVISIONS = "SELECT campaign_id || '|' || hamlet_code || '|' || day || '|' || revision || '|'"
			+ " || values_json || '|' || submitted_user || '|' || submitted_at FROM report_revision ORDER BY id";

	@TempDir
	Path dir;

	@Test
	void aBackupTakenUnderLoadRestoresEveryReportAndRevision() throws Exception {
		Path live = dir.resolve("live.db");
		Path during = dir.resolve("backups/during.db");
		Path after = dir.resolve("after.db");
		try (RunningBot bot = RunningBot.start(live, CAMPAIGN, FAST)) {
			LocalApi api = bot.local();
			ExecutorService leads = Executors.newFixedThreadPool(4);
			List<Future<?>> work = new ArrayList<>();
			for (int lead = 1; lead <= 8; lead++) {
				int n = lead;
				work.add(leads.submit(() -> {
					for (int round = 0; round < 4; round++) {
						report(api, n, round);
					}
				}));
			}
			JdbcClient jdbc = bot.bean(JdbcClient.class);
			await().atMost(Duration.ofMinutes(3))
				.until(() -> jdbc.sql("SELECT count(*) FROM report_revision").query(Integer.class).single() >= 8);
			assertThat(command("--backup", during.toString(), "--baocao.db-path=" + live)).isZero();
			for (Future<?> future : work) {
				future.get();
			}
			leads.shutdown();
			List<String> backedUp = rows(during, REVISIONS);
			List<String> atTheEnd = rows(live, REVISIONS);
			assertThat(backedUp).isNotEmpty();
			assertThat(atTheEnd).hasSize(8 * 4).startsWith(backedUp.toArray(String[]::new));
			assertThat(command("--backup", after.toString(), "--baocao.db-path=" + live)).isZero();
			assertThat(command("--restore", after.toString(), "--baocao.db-path=" + live)).as("refused while running")
				.isEqualTo(1);
		}
		Path restored = dir.resolve("restored/baocao.db");
		assertThat(command("--restore", during.toString(), "--baocao.db-path=" + restored)).isZero();
		List<String> duringRows = rows(during, REVISIONS);
		assertThat(rows(restored, REVISIONS)).isEqualTo(duringRows);
		try (RunningBot bot = RunningBot.start(restored, CAMPAIGN, FAST)) {
			// the restored database runs: a lead sees the report the backup held
			String view = LocalApi.all(bot.local().send("l1", "l1", "/xem"));
			assertThat(view).contains("Ấp Cầu");
		}
		assertThat(command("--restore", after.toString(), "--baocao.db-path=" + restored)).isZero();
		assertThat(rows(restored, REVISIONS)).isEqualTo(rows(live, REVISIONS));
	}

	@Test
	void pruningOnAClockPastTheCampaignKeepsReportsAndDropsWhatOnlyGrows() throws Exception {
		Path db = dir.resolve("prune.db");
		try (RunningBot bot = RunningBot.start(db, CAMPAIGN, FAST, "baocao.retention.days=30")) {
			LocalApi api = bot.local();
			report(api, 1, 0);
			report(api, 2, 0);
			for (int i = 0; i < 3; i++) {
				api.post(Map.of("chatId", "l3", "userId", "l3", "text", "/trogiup", "updateId", "u-" + i));
			}
			JdbcClient jdbc = bot.bean(JdbcClient.class);
			Retention retention = bot.bean(Housekeeping.class).retention();
			int revisions = count(jdbc, "report_revision");
			int audit = count(jdbc, "audit_log");
			assertThat(count(jdbc, "processed_update")).isPositive();
			assertThat(count(jdbc, "local_message")).isPositive();

			// during the campaign nothing goes
			assertThat(retention.prune().total()).isZero();
			// within 30 days of its end only what is older than 30 days: the dedupe
			// markers
			MutableClock clock = bot.bean(MutableClock.class);
			clock.set("2025-01-20T05:00");
			int lines = count(jdbc, "local_message");
			Retention.Pruned early = retention.prune();
			assertThat(early.markers()).isPositive();
			assertThat(early.transcript()).isZero();
			assertThat(count(jdbc, "local_message")).isEqualTo(lines);

			clock.set("2025-01-24T05:00");
			Retention.Pruned pruned = retention.prune();
			assertThat(pruned.transcript()).isPositive();
			assertThat(count(jdbc, "processed_update")).isZero();
			assertThat(count(jdbc, "local_message")).isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL").query(Integer.class).single())
				.isZero();
			assertThat(count(jdbc, "report_revision")).isEqualTo(revisions);
			assertThat(count(jdbc, "audit_log")).isEqualTo(audit);
		}
	}

	@Test
	void metricsAfterScriptedTrafficAndOnlyForLoopback() throws Exception {
		Path db = dir.resolve("metrics.db");
		try (RunningBot bot = RunningBot.start(db, CAMPAIGN, FAST)) {
			LocalApi api = bot.local();
			report(api, 1, 0);
			api.send("l2", "l2", "/trogiup");
			HttpClient http = HttpClient.newHttpClient();
			URI uri = URI.create("http://127.0.0.1:" + bot.port() + "/actuator/prometheus");
			HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(metrics.statusCode()).isEqualTo(200);
			String text = metrics.body();
			assertThat(value(text, "baocao_updates_handled_total\\{channel=\"local\",outcome=\"applied\"\\}"))
				.isEqualTo(6.0);
			assertThat(text).contains("baocao_outbox_waiting ")
				.contains("baocao_sends_total{channel=\"local\",outcome=\"sent\"}")
				.contains("baocao_update_handling_seconds_count{channel=\"local\"}");
			assertThat(value(text, "baocao_reports_submitted_total")).isEqualTo(1.0);
			assertThat(value(text, "baocao_sends_total\\{channel=\"local\",outcome=\"sent\"\\}")).isPositive();

			HttpResponse<String> proxied = http.send(
					HttpRequest.newBuilder(uri).header("X-Forwarded-For", "203.0.113.9").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(proxied.statusCode()).isEqualTo(403);
			assertThat(proxied.body()).startsWith("{\"error\":");

			// an empty outbox is healthy; a message stuck for an hour turns health DOWN
			HttpResponse<String> healthy = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(healthy.statusCode()).isEqualTo(200);
			JdbcClient jdbc = bot.bean(JdbcClient.class);
			long anHourAgo = bot.bean(java.time.Clock.class).instant().minusSeconds(3600).toEpochMilli();
			jdbc.sql("INSERT INTO outbox (channel, chat_id, message_json, created_at, next_attempt_at) VALUES "
					+ "('telegram', '1', '{}', ?, ?)")
				.params(anHourAgo, anHourAgo)
				.update();
			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(503);
			// the gauges share one outbox read for a short while: wait for a fresh one
			await().atMost(java.time.Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(value(
						http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body(),
						"baocao_outbox_oldest_age_seconds"))
					.isGreaterThanOrEqualTo(3600.0));
		}
	}

	/** A lead's round: the report of the day, then amendments with new figures. */
	static void report(LocalApi api, int lead, int round) {
		String user = "l" + lead;
		api.send(user, user, round == 0 ? "/baocao" : "/sua");
		api.send(user, user, String.valueOf(lead + round));
		api.send(user, user, String.valueOf(3 * (lead + round)));
		api.send(user, user, (100 * lead + round) + "m");
		String last = LocalApi.last(api.send(user, user, "gửi"));
		assertThat(last).as("round %d of %s", round, user).containsAnyOf("Đã nhận báo cáo", "Đã lưu bản sửa");
	}

	private static int command(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		return BackupCommand.run(List.of(args), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	private static List<String> rows(Path db, String sql) throws SQLException {
		assertThat(Files.exists(db)).as(db + " exists").isTrue();
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

	private static int count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
	}

	private static double value(String prometheus, String series) {
		Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(prometheus);
		assertThat(m.find()).as(series + " in\n" + prometheus).isTrue();
		return Double.parseDouble(m.group(1));
	}

}
