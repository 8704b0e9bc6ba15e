package vn.baocao.bench;

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
 * The packaged bot holding 10,000 hamlets in a 128 MB heap: starts, answers its first
 * update, and how long that takes from process start (JVM start included).
 */
public final class StartupBench {

	private StartupBench() {
	}

	public static void main(String[] args) throws Exception {
		int hamlets = Integer.getInteger("bench.hamlets", 10_000);
		Path dir = Files.createTempDirectory("baocao-start");
		Path campaign = CampaignFiles.write(dir, hamlets);
		int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
		Path jar = Path.of("target/baocao-bot.jar").toAbsolutePath();
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
				"-jar", jar.toString(), "--server.port=" + port, "--baocao.db-path=" + dir.resolve("start.db"),
				"--baocao.campaign-file=" + campaign, "--baocao.now=2024-12-10T14:00", "--logging.level.root=WARN");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
		String body = "{\"chatId\":\"l" + hamlets + "\",\"userId\":\"l" + hamlets + "\",\"text\":\"/baocao\"}";
		HttpRequest first = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/local/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		long t0 = System.nanoTime();
		Process bot = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("bot.log").toFile())
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
				catch (java.io.IOException notYet) {
					Thread.onSpinWait();
				}
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			boolean runs = answer != null && answer.contains("Số người dân tham gia");
			Row.of("bot with " + hamlets + " hamlets at -Xmx128m", runs ? "runs, answers a report" : "FAILED (see log)",
					"runs", runs)
				.print();
			Row.of("start (process launch, JVM included) to first update handled",
					String.format(Locale.ROOT, "%.1f s", seconds), "≤ 5 s", runs && seconds <= 5)
				.print();
		}
		finally {
			bot.destroy();
			bot.waitFor();
		}
	}

}
