package vn.baocao.channel.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Bot API emulator (telegram-test-api behind src/test/node/emulator.js) as a
 * subprocess, one per test JVM, started on first use and stopped with the JVM (the
 * launcher also exits when its stdin closes). Tests keep apart by using a bot token each
 * ({@link #newToken()}): the emulator keeps chats per token. Where Node.js or the
 * emulator is missing, the tests fail with what to install; they are never skipped.
 */
public final class TelegramEmulator implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger TOKENS = new AtomicInteger();

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private static TelegramEmulator shared;

	private final Process process;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private TelegramEmulator(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** The emulator of this JVM, started if need be. */
	public static synchronized TelegramEmulator shared() {
		if (shared == null || !shared.process.isAlive()) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "telegram-emulator-stop"));
		}
		return shared;
	}

	/** A fresh bot token in Telegram's shape, so that each test has chats of its own. */
	public static String newToken() {
		return (7_100_000 + TOKENS.incrementAndGet()) + ":TEST-" + UUID.randomUUID().toString().substring(0, 13);
	}

	/** The base URL for TELEGRAM_API_URL: scheme, host and port only. */
	public String apiUrl() {
		return "http://127.0.0.1:" + port;
	}

	static TelegramEmulator start() {
		Path dir = Path.of(System.getProperty("baocao.emulator.dir", "src/test/node")).toAbsolutePath();
		if (!Files.isDirectory(dir.resolve("node_modules/telegram-test-api"))) {
			throw new AssertionError("The Telegram Bot API emulator is not installed in " + dir
					+ "/node_modules. Install Node.js 20 with npm, then run ./mvnw verify (or ./mvnw generate-test-resources),"
					+ " which runs 'npm ci' there.");
		}
		Process process;
		try {
			process = new ProcessBuilder("node", "emulator.js").directory(dir.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
		}
		catch (IOException ex) {
			throw new AssertionError(
					"The Telegram end-to-end tests need Node.js 20 ('node' on the PATH) to run the Bot API"
							+ " emulator: install Node.js 20 (e.g. 'apt-get install nodejs npm') and run ./mvnw verify again. ("
							+ ex.getMessage() + ")",
					ex);
		}
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> readOutput(process, port), "telegram-emulator-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new TelegramEmulator(process, port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new AssertionError("Interrupted while starting the Telegram emulator", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new AssertionError("The Telegram emulator (node emulator.js in " + dir + ") did not start within "
					+ START_TIMEOUT.toSeconds() + " s; see its output above", ex);
		}
	}

	private static void readOutput(Process process, CompletableFuture<Integer> port) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (!port.isDone() && line.startsWith("PORT ")) {
					port.complete(Integer.parseInt(line.substring(5).strip()));
				}
			}
			port.completeExceptionally(new IllegalStateException("the emulator exited"));
		}
		catch (IOException | RuntimeException ex) {
			port.completeExceptionally(ex);
		}
	}

	/** Calls a user-side or test endpoint and returns its "result". */
	public JsonNode post(String path, Map<String, ?> body) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + path))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
				.build();
			HttpResponse<String> response = http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			JsonNode answer = JSON.readTree(response.body());
			if (!answer.path("ok").asBoolean(false)) {
				throw new AssertionError(
						"Emulator " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return answer.path("result");
		}
		catch (IOException ex) {
			throw new AssertionError("Emulator " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted calling the emulator", ex);
		}
	}

	/** Update ids the bot has not yet confirmed (by polling past them). */
	public List<Long> pendingUpdates(String token) {
		List<Long> ids = new ArrayList<>();
		post("/pending", Map.of("token", token)).forEach(id -> ids.add(id.asLong()));
		return ids;
	}

	/**
	 * Hands an update out again, as Telegram does when a bot stopped before confirming
	 * it.
	 */
	public void redeliver(String token, long updateId) {
		post("/redeliver", Map.of("token", token, "update_id", updateId));
	}

	/**
	 * A Bot API call the bot made: the method in lower case, as TelegramBots sends it.
	 */
	public record BotCall(String method, JsonNode params) {
	}

	public List<BotCall> botCalls(String token) {
		List<BotCall> calls = new ArrayList<>();
		post("/botCalls", Map.of("token", token))
			.forEach(call -> calls.add(new BotCall(call.path("method").asString(), call.path("body"))));
		return calls;
	}

	/** How many calls of this method the bot made: cheap to poll, unlike the calls. */
	public int botCallCount(String token, String method) {
		return post("/botCallCount", Map.of("token", token, "method", method)).asInt();
	}

	public List<BotCall> botCalls(String token, String method) {
		return botCalls(token).stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
	}

	@Override
	public void close() {
		try {
			process.getOutputStream().close();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (IOException ex) {
			process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

}
