package vn.baocao.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The packaged bot's CPU while nothing is due: started with plain {@code java -jar} on a
 * campaign of 100 hamlets at 10:00 (nothing to remind or summarise before 13:00), it
 * answers one update, settles for {@code bench.idle.settle} seconds (10), and then its
 * process CPU (user + system, from {@code /proc}) is counted over
 * {@code bench.idle.seconds} seconds (60) in which nobody writes. What it spends is the
 * cost of waiting: the dispatcher, Quartz, the pollers, the JVM's own housekeeping.
 */
public final class IdleBench {

	private static final Path JAR = Path.of("target/baocao-bot.jar").toAbsolutePath();

	private IdleBench() {
	}

	public static void main(String[] args) throws Exception {
		int hamlets = 100;
		long settle = Long.getLong("bench.idle.settle", 10);
		long seconds = Long.getLong("bench.idle.seconds", 60);
		Path dir = Files.createTempDirectory("baocao-idle");
		Path campaign = CampaignFiles.write(dir, hamlets);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		int port = 19000 + (int) (ProcessHandle.current().pid() % 1000);
		List<String> command = List.of(java, "-Xmx128m", "-jar", JAR.toString(), "--server.port=" + port,
				"--baocao.db-path=" + dir.resolve("idle.db"), "--baocao.campaign-file=" + campaign,
				"--baocao.now=2024-12-10T10:00", "--logging.level.root=WARN");
		Process bot = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("idle.log").toFile())
			.start();
		try {
			if (!answered(port, hamlets, bot)) {
				Row.of("idle bot CPU with nothing due", "FAILED (see " + dir.resolve("idle.log") + ")", "near zero",
						false)
					.print();
				return;
			}
			Thread.sleep(Duration.ofSeconds(settle).toMillis());
			Duration before = CpuTime.of(bot.toHandle());
			long t0 = System.nanoTime();
			Thread.sleep(Duration.ofSeconds(seconds).toMillis());
			Duration spent = CpuTime.of(bot.toHandle()).minus(before);
			double wall = (System.nanoTime() - t0) / 1e9;
			double percent = 100.0 * spent.toMillis() / 1000.0 / wall;
			Row.of("idle bot CPU with nothing due (plain `java -jar`, " + seconds + " s after a " + settle
					+ " s settle; process user + system)",
					String.format(Locale.ROOT, "%d ms of CPU in %.0f s (%.2f %% of one core)", spent.toMillis(), wall,
							percent),
					"near zero", percent < 1.0)
				.print();
		}
		finally {
			bot.destroy();
			bot.waitFor();
		}
	}

	private static boolean answered(int port, int hamlets, Process bot) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
		String body = "{\"chatId\":\"l" + hamlets + "\",\"userId\":\"l" + hamlets + "\",\"text\":\"/baocao\"}";
		HttpRequest first = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/local/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		long t0 = System.nanoTime();
		while (bot.isAlive() && System.nanoTime() - t0 < 120_000_000_000L) {
			try {
				HttpResponse<String> response = http.send(first, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return true;
				}
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		return false;
	}

}
