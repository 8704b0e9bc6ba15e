package vn.baocao.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import vn.baocao.support.Postgres;
import vn.baocao.support.SharedBotApi;

/**
 * Updates over webhooks on PostgreSQL: how many a second baocao applies and stores (the
 * 200 that tells Telegram it arrived comes after the commit), with one instance and with
 * two on one database, against a bare TelegramBots webhook echo bot
 * ({@link WebhookEchoBot}) on the same Bot API stand-in. 200 chats (50 leads, 150
 * strangers) each send 10 commands, 16 at a time, each chat's in order; a warm-up round
 * first. The database is the embedded PostgreSQL unless
 * {@code -Dbaocao.test.postgres=server}.
 */
public final class InstancesBench {

	private static final Path JAR = Path.of("target/baocao-bot.jar").toAbsolutePath();

	private static final long FIRST_LEAD = 610_001;

	private static final int CHATS = 200;

	private static final int PER_CHAT = 10;

	private static final String SECRET = "bench-secret";

	private static final List<String> COMMANDS = List.of("/trogiup", "/xem");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicLong updateIds = new AtomicLong();

	private InstancesBench() {
	}

	public static void main(String[] args) throws Exception {
		new InstancesBench().run();
		System.exit(0);
	}

	private void run() throws Exception {
		Path dir = Files.createTempDirectory("baocao-instances");
		Path campaign = CampaignFiles.writeTelegram(dir, 50, FIRST_LEAD);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		try (SharedBotApi api = new SharedBotApi(Integer.MAX_VALUE)) {
			Result one = baocao(dir, campaign, java, api, 1);
			Result two = baocao(dir, campaign, java, api, 2);
			Result echo = echo(dir, java, api);
			Row.info(
					"PostgreSQL, webhook: updates applied/s, one instance vs bare echo bot (" + CHATS + " chats x "
							+ PER_CHAT + ", 16 at a time)",
					String.format(Locale.ROOT, "%.0f vs %.0f updates/s: ratio %.2f", one.perSecond(), echo.perSecond(),
							one.perSecond() / echo.perSecond()))
				.print();
			Row.info("PostgreSQL, webhook: updates applied/s, two instances on one database", String.format(Locale.ROOT,
					"%.0f updates/s (%.2f x one instance)", two.perSecond(), two.perSecond() / one.perSecond()))
				.print();
			Row.info("PostgreSQL, webhook: bot CPU per applied update until answered 200 (one instance; two)",
					String.format(Locale.ROOT, "%.2f ms; %.2f ms (both processes) vs echo %.2f ms",
							one.cpuPerUpdateMs(), two.cpuPerUpdateMs(), echo.cpuPerUpdateMs()))
				.print();
		}
	}

	private record Result(int updates, long nanos, Duration cpu) {

		double perSecond() {
			return updates / (nanos / 1e9);
		}

		double cpuPerUpdateMs() {
			return cpu.toNanos() / 1e6 / updates;
		}

	}

	private Result baocao(Path dir, Path campaign, String java, SharedBotApi api, int instances) throws Exception {
		String database = Postgres.freshDatabase();
		List<Process> processes = new ArrayList<>();
		List<Integer> ports = new ArrayList<>();
		try {
			for (int i = 0; i < instances; i++) {
				int port = freePort();
				ports.add(port);
				processes.add(start(dir, "baocao-" + instances + "-" + i,
						List.of(java, "-Xmx256m", "-jar", JAR.toString(), "--server.port=" + port,
								"--baocao.campaign-file=" + campaign, "--baocao.now=2024-12-10T14:00",
								"--logging.level.root=WARN", "--baocao.limits.updates-per-minute=1000000"),
						Map.of("BAOCAO_DB_URL", database, "BAOCAO_DB_USER", Postgres.USER, "TELEGRAM_BOT_TOKEN",
								"123456:BENCH", "TELEGRAM_API_URL", api.url(), "TELEGRAM_WEBHOOK_URL",
								"https://bench.example.vn/api/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET", SECRET)));
			}
			for (int port : ports) {
				awaitReady(port, "/api/telegram/webhook");
			}
			flood(ports, "/api/telegram/webhook", 2);
			Duration before = cpu(processes);
			long started = System.nanoTime();
			int updates = flood(ports, "/api/telegram/webhook", PER_CHAT);
			long nanos = System.nanoTime() - started;
			return new Result(updates, nanos, cpu(processes).minus(before));
		}
		finally {
			for (Process process : processes) {
				process.destroy();
				process.waitFor();
			}
		}
	}

	private Result echo(Path dir, String java, SharedBotApi api) throws Exception {
		int port = freePort();
		Process echo = start(
				dir, "echo", List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
						WebhookEchoBot.class.getName(), api.url(), String.valueOf(port)),
				Map.of("ECHO_BOT_TOKEN", "654321:ECHO"));
		try {
			awaitReady(port, "/");
			flood(List.of(port), "/", 2);
			Duration before = CpuTime.of(echo.toHandle());
			long started = System.nanoTime();
			int updates = flood(List.of(port), "/", PER_CHAT);
			long nanos = System.nanoTime() - started;
			return new Result(updates, nanos, CpuTime.of(echo.toHandle()).minus(before));
		}
		finally {
			echo.destroy();
			echo.waitFor();
		}
	}

	/**
	 * Every chat sends {@code perChat} commands, in order, 16 chats at a time; a chat's
	 * updates go to the instances in turn. Returns how many were posted (each answered
	 * 200).
	 */
	private int flood(List<Integer> ports, String path, int perChat) throws Exception {
		ExecutorService posters = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> chats = new ArrayList<>();
			for (int c = 0; c < CHATS; c++) {
				long chat = c < 50 ? FIRST_LEAD + c : 8_100_000L + c;
				chats.add(posters.submit(() -> {
					for (int n = 0; n < perChat; n++) {
						int port = ports.get(n % ports.size());
						int status = post(port, path, update(chat, COMMANDS.get(n % COMMANDS.size())));
						if (status != 200) {
							throw new IllegalStateException("webhook answered " + status);
						}
					}
					return perChat;
				}));
			}
			int posted = 0;
			for (Future<Integer> chat : chats) {
				posted += chat.get();
			}
			return posted;
		}
		finally {
			posters.shutdown();
		}
	}

	private static Duration cpu(List<Process> processes) {
		Duration total = Duration.ZERO;
		for (Process process : processes) {
			total = total.plus(CpuTime.of(process.toHandle()));
		}
		return total;
	}

	private String update(long chat, String text) {
		long id = updateIds.incrementAndGet();
		return """
				{"update_id": %d, "message": {"message_id": %d, "date": 1733814000,
				  "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "Lan"},
				  "text": "%s"}}""".formatted(id, id, chat, chat, text);
	}

	private int post(int port, String path, String body) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Content-Type", "application/json")
				.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * Until the path takes an update: baocao answers 503 until its webhook is registered.
	 */
	private void awaitReady(int port, String path) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (post(port, path, update(8_099_999L, "/trogiup")) == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("nothing answered on port " + port);
	}

	private static Process start(Path dir, String name, List<String> command, Map<String, String> env)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(name + ".log").toFile());
		builder.environment().putAll(env);
		return builder.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
