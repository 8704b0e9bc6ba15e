package vn.baocao.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;
import vn.baocao.support.SharedBotApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two baocao processes on one PostgreSQL database behind one bot, updates by webhook,
 * against a Bot API as strict as Telegram about the bot's 30 messages a second: the day's
 * summary, due while both run, goes once; 1,000 updates posted to both, each chat's
 * alternately to one and the other, are each applied once and answered once, in each
 * chat's order; a reminder to 1,000 leads survives the sending instance's kill -9 in its
 * middle: the other finishes it. Across both the bot never sends more than 30 in a
 * second.
 */
@OnPostgres
class TwoInstancesPostgresIT {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int LEADS = 1_000;

	static final long FIRST_LEAD = 5_000_001;

	static final long ADMIN = 9_000_001;

	static final String COMMITTEE = "-1009999";

	static final int CHATS = 100;

	static final int UPDATES_PER_CHAT = 10;

	static final String SECRET = "two-instances_secret";

	/** What a stranger sends, and how each answer begins. */
	static final List<String> COMMANDS = List.of("/start", "/trogiup", "/baocao");

	static final List<String> ANSWERS = List.of("Xin chào", "Các lệnh bạn dùng được", "Bạn chưa được phân công");

	@TempDir
	Path dir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicLong updateIds = new AtomicLong(100_000);

	@Test
	void twoInstancesShareTheWorkAndEveryMessageGoesOnce() throws Exception {
		String database = Postgres.freshDatabase();
		LocalTime summaryAt = ZonedDateTime.now(ZONE).plusSeconds(70).toLocalTime().withNano(0);
		assumeTrue(summaryAt.isAfter(LocalTime.of(0, 5)) && summaryAt.isBefore(LocalTime.of(23, 50)),
				"the day's summary would fall too near midnight in Asia/Ho_Chi_Minh; run it again later");
		Path campaign = campaign(summaryAt);
		try (SharedBotApi api = new SharedBotApi()) {
			BotProcess a = instance("a", campaign, database, api);
			BotProcess b = instance("b", campaign, database, api);
			ExecutorService starting = Executors.newFixedThreadPool(2);
			try {
				// both at once, as a compose file starts them
				List<Future<?>> started = List.of(starting.submit(a::start), starting.submit(b::start));
				for (Future<?> start : started) {
					start.get();
				}
			}
			finally {
				starting.shutdown();
			}
			await("both registered the webhook").atMost(Duration.ofSeconds(30)).until(() -> api.webhooksSet() >= 2);

			// 1. the summary, due while both run, goes once
			await("the summary").atMost(Duration.ofSeconds(150)).until(() -> summaries(api) >= 1);
			await("no second summary").during(Duration.ofSeconds(10))
				.atMost(Duration.ofSeconds(15))
				.until(() -> summaries(api) == 1);

			// 2. 1,000 updates, each chat's alternately to one instance and the other
			ExecutorService chats = Executors.newFixedThreadPool(20);
			try {
				List<Future<?>> posted = new ArrayList<>();
				for (int c = 1; c <= CHATS; c++) {
					long chat = 8_000_000L + c;
					posted.add(chats.submit(() -> {
						for (int n = 0; n < UPDATES_PER_CHAT; n++) {
							BotProcess to = n % 2 == 0 ? a : b;
							assertThat(post(to, update(chat, COMMANDS.get(n % COMMANDS.size())))).isEqualTo(200);
						}
						return null;
					}));
				}
				for (Future<?> chat : posted) {
					chat.get();
				}
			}
			finally {
				chats.shutdown();
			}
			await("every update answered").atMost(Duration.ofMinutes(3))
				.until(() -> answersToStrangers(api) >= CHATS * UPDATES_PER_CHAT);
			for (int c = 1; c <= CHATS; c++) {
				List<String> answers = api.deliveredTo(String.valueOf(8_000_000L + c))
					.stream()
					.map(SharedBotApi.Delivered::text)
					.toList();
				assertThat(answers).as("chat %d: answered once each, in order", c).hasSize(UPDATES_PER_CHAT);
				for (int n = 0; n < UPDATES_PER_CHAT; n++) {
					assertThat(answers.get(n)).startsWith(ANSWERS.get(n % ANSWERS.size()));
				}
			}

			// 3. the reminder to 1,000 leads, and the sending instance killed in its
			// middle
			assertThat(post(a, update(ADMIN, "/nhac"))).isEqualTo(200);
			await("the reminder under way").atMost(Duration.ofMinutes(1)).until(() -> remindedLeads(api).size() >= 300);
			BotProcess sender = sends(a) ? a : b;
			BotProcess other = sender == a ? b : a;
			assertThat(sends(other)).as("only one instance sends").isFalse();
			sender.kill();
			int atKill = remindedLeads(api).size();
			assertThat(atKill).as("killed in the middle").isLessThan(LEADS);

			await("the other instance finishes the reminder").atMost(Duration.ofMinutes(3))
				.until(() -> remindedLeads(api).size() == LEADS);
			Map<String, Long> perLead = remindedLeads(api);
			long twice = perLead.values().stream().filter(n -> n > 1).count();
			// the one message that may be on its way when the process dies: Telegram took
			// it, the kill came before it was marked sent (the Bot API has no idempotency
			// key)
			assertThat(twice).as("leads reminded twice").isLessThanOrEqualTo(1);
			assertThat(sends(other)).isTrue();
			other.stop();

			assertThat(api.refused()).as("sends refused for the bot's limit").isZero();
			assertThat(api.busiestSecond()).isLessThanOrEqualTo(SharedBotApi.PER_SECOND);
			assertThat(api.polls()).as("nothing polls in webhook mode").isZero();
			System.out.printf(
					"[two instances] summary once; %d updates answered in order; reminder: %d of %d leads at the kill, "
							+ "%d reminded twice; busiest second %d messages; %d refused%n",
					CHATS * UPDATES_PER_CHAT, atKill, LEADS, twice, api.busiestSecond(), api.refused());
		}
	}

	private BotProcess instance(String name, Path campaign, String database, SharedBotApi api) {
		return BotProcess.onTheRealClock(campaign, dir.resolve(name + ".log"))
			.env("BAOCAO_DB_URL", database)
			.env("BAOCAO_DB_USER", Postgres.USER)
			.env("TELEGRAM_BOT_TOKEN", "123456:TWO-instances")
			.env("TELEGRAM_API_URL", api.url())
			.env("TELEGRAM_WEBHOOK_URL", "https://baocao.example.vn/api/telegram/webhook")
			.env("TELEGRAM_WEBHOOK_SECRET", SECRET);
	}

	/** Whether this instance's log says it took the sender lock. */
	private static boolean sends(BotProcess instance) throws IOException {
		return Files.readString(instance.logFile().toPath(), StandardCharsets.UTF_8)
			.contains("This instance sends the outbox's messages");
	}

	private static long summaries(SharedBotApi api) {
		return api.deliveredTo(COMMITTEE).stream().filter(d -> d.text().contains("Đã báo cáo:")).count();
	}

	private static long answersToStrangers(SharedBotApi api) {
		return api.delivered().stream().filter(d -> d.chatId().startsWith("80")).count();
	}

	/** How many messages each lead got (only reminders go to leads here). */
	private static Map<String, Long> remindedLeads(SharedBotApi api) {
		return api.delivered()
			.stream()
			.map(SharedBotApi.Delivered::chatId)
			.filter(chat -> chat.startsWith("500"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private String update(long chat, String text) {
		return """
				{"update_id": %d, "message": {"message_id": %d, "date": %d,
				  "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "Lan"},
				  "text": "%s"}}""".formatted(updateIds.incrementAndGet(), updateIds.get(),
				System.currentTimeMillis() / 1000, chat, chat, text);
	}

	private int post(BotProcess to, String update) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + "/api/telegram/webhook"))
				.header("Content-Type", "application/json")
				.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
				.POST(HttpRequest.BodyPublishers.ofString(update))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * Yesterday to tomorrow, the window open from midnight until {@code summaryAt}, the
	 * summary then, late reports taken until the day ends, no reminders of its own; 1,000
	 * hamlets, each with one Telegram lead.
	 */
	private Path campaign(LocalTime summaryAt) throws IOException {
		ZonedDateTime now = ZonedDateTime.now(ZONE);
		StringBuilder yaml = new StringBuilder("""
				campaign:
				  id: two-instances
				  name: "Hai máy chủ"
				  time-zone: Asia/Ho_Chi_Minh
				  start-date: %1$s
				  end-date: %2$s
				  window: { opens: "00:00", closes: "%3$s" }
				  reminders: []
				  summary-at: "%3$s"
				  late-until: "23:59:59"
				committee:
				  telegram-chat-id: %4$s
				admins:
				  telegram: [%5$d]
				hamlets:
				""".formatted(now.toLocalDate().minusDays(1), now.toLocalDate().plusDays(1),
				summaryAt.format(DateTimeFormatter.ofPattern("HH:mm:ss")), COMMITTEE, ADMIN));
		for (int i = 1; i <= LEADS; i++) {
			yaml.append("  - { code: h")
				.append(i)
				.append(", name: \"Ấp ")
				.append(i)
				.append("\", targets: { residents: 500 }, leads: { telegram: [")
				.append(FIRST_LEAD + i - 1)
				.append("] } }\n");
		}
		yaml.append("""
				report:
				  fields:
				    - { key: residents, label: "Số người dân tham gia", type: count, unit: "người", max: 5000 }
				""");
		Path file = dir.resolve("campaign.yml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return file;
	}

}
