package vn.baocao.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.baocao.support.TunedLaunch;

import static org.awaitility.Awaitility.await;

/**
 * The packaged bot ({@code target/baocao-bot.jar}) as a separate process that a test can
 * kill -9.
 */
final class BotProcess {

	private final List<String> command;

	private final Path log;

	private final int port;

	private final Map<String, String> environment = new HashMap<>();

	private Process process;

	BotProcess(Path database, Path campaign, Path log, String... extra) {
		this(true, database, campaign, log, extra);
	}

	/**
	 * On the real clock, so that the schedule fires by itself; the database is the one
	 * BAOCAO_DB_URL names when it is set (see {@link #env}).
	 */
	static BotProcess onTheRealClock(Path campaign, Path log, String... extra) {
		return new BotProcess(false, log.resolveSibling(log.getFileName() + ".db"), campaign, log, extra);
	}

	private BotProcess(boolean rehearsal, Path database, Path campaign, Path log, String... extra) {
		this.port = freePort();
		this.log = log;
		Path jar = Path.of("target/baocao-bot.jar").toAbsolutePath();
		if (!jar.toFile().isFile()) {
			throw new IllegalStateException(jar + " is missing: the fault suite runs after `package`");
		}
		// the tuned launch: a start costs a third of the CPU, and the suite starts the
		// bot
		// dozens of times
		this.command = new ArrayList<>(TunedLaunch.command("-Xmx256m"));
		this.command.addAll(
				List.of("--server.port=" + port, "--baocao.db-path=" + database, "--baocao.campaign-file=" + campaign));
		if (rehearsal) {
			this.command.add("--baocao.now=2024-12-10T14:00");
		}
		this.command.addAll(List.of(
				// the load scripts type faster than any person: the per-person limit has
				// its own tests
				"--baocao.limits.updates-per-minute=100000"));
		this.command.addAll(List.of(extra));
	}

	/**
	 * Sets an environment variable of the bot (as an operator would pass a token), for
	 * every start.
	 */
	BotProcess env(String name, String value) {
		environment.put(name, value);
		return this;
	}

	int port() {
		return port;
	}

	void start() {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		await("the bot answers on port " + port).atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(100))
			.ignoreExceptions()
			.until(() -> http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200);
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	void stop() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

	File logFile() {
		return log.toFile();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
