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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.baocao.support.TunedLaunch;

/**
 * The packaged bot holding 10,000 hamlets in a 128 MB heap: starts, answers its first
 * update, and how long that takes from process start (JVM start included), launched two
 * ways: the plain {@code java -Xmx128m -jar target/baocao-bot.jar}, and the launch the
 * Dockerfile uses (the jar extracted, an AppCDS archive of the classes start-up loads, C1
 * only). Most of a start is the JVM loading and compiling Spring's classes, not our work;
 * the bot's own CPU time is printed beside the wall time because a shared machine
 * stretches the latter.
 */
public final class StartupBench {

	/** How often the port is tried while the bot starts; the rows' resolution. */
	private static final Duration POLL = Duration.ofMillis(20);

	private static final Path JAR = Path.of("target/baocao-bot.jar").toAbsolutePath();

	private StartupBench() {
	}

	public static void main(String[] args) throws Exception {
		int hamlets = Integer.getInteger("bench.hamlets", 10_000);
		Path dir = Files.createTempDirectory("baocao-start");
		Path campaign = CampaignFiles.write(dir, hamlets);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

		List<String> plainJava = List.of(java, "-Xmx128m", "-jar", JAR.toString());
		Launch plain = launch(dir, "plain", campaign, hamlets, plainJava);
		Row.of("bot with " + hamlets + " hamlets at -Xmx128m", plain.runs ? "runs, answers a report" : "FAILED", "runs",
				plain.runs)
			.print();
		Row.of("start to first update handled, `java -Xmx128m -jar` (process launch, JVM included)", plain.describe(),
				"≤ 5 s", plain.runs && plain.seconds <= 5)
			.print();
		// the same database again: migrated, 10,000 leads seeded, a report begun
		Launch restart = launch(dir, "plain", campaign, hamlets - 1, plainJava);
		Row.of("restart to first update handled, `java -Xmx128m -jar`, on the database of the row above",
				restart.describe(), "≤ 5 s", restart.runs && restart.seconds <= 5)
			.print();

		Launch tuned = launch(dir, "tuned", campaign, hamlets, TunedLaunch.command("-Xmx128m"));
		Row.of("start to first update handled, Dockerfile launch (extracted jar + AppCDS + C1, -Xmx128m)",
				tuned.describe(), "≤ 5 s", tuned.runs && tuned.seconds <= 5)
			.print();
	}

	private record Launch(boolean runs, double seconds, double cpuSeconds) {

		String describe() {
			return runs ? String.format(Locale.ROOT, "%.1f s (bot CPU %.1f s)", seconds, cpuSeconds)
					: "FAILED (see the bot log)";
		}

	}

	/**
	 * Starts the bot on database {@code name} and sends /baocao as the lead of hamlet
	 * {@code lead}.
	 */
	private static Launch launch(Path dir, String name, Path campaign, int lead, List<String> jvm)
			throws IOException, InterruptedException {
		int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
		List<String> command = new ArrayList<>(jvm);
		command.addAll(List.of("--server.port=" + port, "--baocao.db-path=" + dir.resolve(name + ".db"),
				"--baocao.campaign-file=" + campaign, "--baocao.now=2024-12-10T14:00", "--logging.level.root=WARN"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
		String body = "{\"chatId\":\"l" + lead + "\",\"userId\":\"l" + lead + "\",\"text\":\"/baocao\"}";
		HttpRequest first = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/local/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		long t0 = System.nanoTime();
		Process bot = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(name + ".log").toFile())
			.start();
		String answer = null;
		try {
			while (answer == null && bot.isAlive() && System.nanoTime() - t0 < 120_000_000_000L) {
				try {
					HttpResponse<String> response = http.send(first, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200) {
						answer = response.body();
					}
				}
				catch (IOException notYet) {
					// a refused connection returns at once: without a pause this
					// loop took a whole core from the bot it measures (on 2 cores,
					// 11.0 s measured for a 7.6 s start)
					Thread.sleep(POLL.toMillis());
				}
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			double cpu = CpuTime.of(bot.toHandle()).toMillis() / 1000.0;
			return new Launch(answer != null && answer.contains("Số người dân tham gia"), seconds, cpu);
		}
		finally {
			bot.destroy();
			bot.waitFor();
		}
	}

}
