package vn.baocao.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Bot API on 127.0.0.1 played from the public Bot API documentation, with the faults a
 * real deployment meets, set per chat by the test: a group upgraded to a supergroup
 * (sendMessage answers 400 with {@code parameters.migrate_to_chat_id}), a chat that
 * cannot be written to (403 with Telegram's description), and Telegram's limit of 20
 * messages a minute to one group (429 with retry_after past it). getUpdates serves the
 * updates the test queued, 100 at a time, confirming them by offset as Telegram does.
 * Every delivered sendMessage is recorded with its chat and text.
 */
final class ScriptedBotApi implements AutoCloseable {

	static final long BOT_ID = 4242;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern METHOD = Pattern.compile("/bot[^/]+/(\\w+)");

	/** A delivered message. */
	record Sent(String chatId, String text) {
	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Map<String, Long> migrations = new ConcurrentHashMap<>();

	private final Map<String, String> forbidden = new ConcurrentHashMap<>();

	private final Map<String, Deque<Long>> groupMinute = new ConcurrentHashMap<>();

	private final List<Sent> sent = new ArrayList<>();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private final LinkedBlockingQueue<String> updates = new LinkedBlockingQueue<>();

	private final AtomicLong updateIds = new AtomicLong(1000);

	private final AtomicInteger messageIds = new AtomicInteger();

	private final Deque<String> unconfirmed = new ArrayDeque<>();

	private long unconfirmedFrom = -1;

	volatile boolean holdGroupLimit;

	/** How many 429s the group limit has answered. */
	final AtomicInteger tooManyRequests = new AtomicInteger();

	ScriptedBotApi() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** sendMessage to {@code chatId} answers that the group became {@code newId}. */
	void migrate(String chatId, long newId) {
		migrations.put(chatId, newId);
	}

	void unmigrate(String chatId) {
		migrations.remove(chatId);
	}

	/** sendMessage to {@code chatId} answers 403 with this description. */
	void forbid(String chatId, String description) {
		forbidden.put(chatId, description);
	}

	void allow(String chatId) {
		forbidden.remove(chatId);
	}

	synchronized List<Sent> sent() {
		return List.copyOf(sent);
	}

	synchronized List<String> sentTo(String chatId) {
		return sent.stream().filter(s -> s.chatId().equals(chatId)).map(Sent::text).toList();
	}

	/** sendMessage calls for a chat, answered or refused. */
	int attempts(String chatId) {
		AtomicInteger count = attempts.get(chatId);
		return count == null ? 0 : count.get();
	}

	/**
	 * Queues a text message from a user in a chat (a negative chat id is a supergroup).
	 */
	long text(long chatId, long userId, String name, String text) {
		long id = updateIds.incrementAndGet();
		boolean group = chatId < 0;
		String chat = group ? "{\"id\":" + chatId + ",\"type\":\"supergroup\",\"title\":\"Nhóm\"}"
				: "{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"" + name + "\"}";
		String entities = text.startsWith("/") ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":"
				+ (text.contains(" ") ? text.indexOf(' ') : text.length()) + "}]" : "";
		updates.add("{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":"
				+ System.currentTimeMillis() / 1000 + ",\"chat\":" + chat + ",\"from\":{\"id\":" + userId
				+ ",\"is_bot\":false,\"first_name\":\"" + name + "\"},\"text\":" + JSON.writeValueAsString(text)
				+ entities + "}}");
		return id;
	}

	/** Queues the service message Telegram posts in a group upgraded to a supergroup. */
	void migrationServiceMessage(long oldChatId, long newChatId) {
		long id = updateIds.incrementAndGet();
		updates.add("{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":"
				+ System.currentTimeMillis() / 1000 + ",\"chat\":{\"id\":" + oldChatId
				+ ",\"type\":\"group\",\"title\":\"Nhóm\"},\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"A\"},"
				+ "\"migrate_to_chat_id\":" + newChatId + "}}");
	}

	boolean updatesDrained() {
		synchronized (unconfirmed) {
			return updates.isEmpty() && unconfirmed.isEmpty();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			byte[] raw = in.readAllBytes();
			Matcher method = METHOD.matcher(exchange.getRequestURI().getPath());
			String name = method.find() ? method.group(1).toLowerCase() : "";
			JsonNode body = raw.length == 0 || raw[0] != '{' ? JSON.createObjectNode() : JSON.readTree(raw);
			switch (name) {
				case "getme" -> answer(exchange, 200, "{\"ok\":true,\"result\":{\"id\":" + BOT_ID
						+ ",\"is_bot\":true,\"first_name\":\"Bao cao\",\"username\":\"BaocaoTestBot\"}}");
				case "getupdates" -> getUpdates(exchange, body);
				case "sendmessage" -> sendMessage(exchange, body);
				default -> answer(exchange, 200, "{\"ok\":true,\"result\":true}");
			}
		}
	}

	private void getUpdates(HttpExchange exchange, JsonNode body) throws IOException {
		long offset = body.path("offset").asLong(0);
		List<String> batch = new ArrayList<>();
		synchronized (unconfirmed) {
			// Telegram confirms every update below the offset asked for
			while (!unconfirmed.isEmpty() && offset > unconfirmedFrom) {
				unconfirmed.removeFirst();
				unconfirmedFrom++;
			}
			if (unconfirmed.isEmpty()) {
				unconfirmedFrom = -1;
			}
			batch.addAll(unconfirmed);
		}
		if (batch.isEmpty()) {
			String first;
			try {
				first = updates.poll(300, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				first = null;
			}
			if (first != null) {
				batch.add(first);
				updates.drainTo(batch, 99);
				synchronized (unconfirmed) {
					unconfirmed.addAll(batch);
					unconfirmedFrom = JSON.readTree(batch.get(0)).path("update_id").asLong();
				}
			}
		}
		answer(exchange, 200, "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}");
	}

	private void sendMessage(HttpExchange exchange, JsonNode body) throws IOException {
		String chatId = body.path("chat_id").asString();
		attempts.computeIfAbsent(chatId, k -> new AtomicInteger()).incrementAndGet();
		Long movedTo = migrations.get(chatId);
		if (movedTo != null) {
			answer(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was "
					+ "upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":" + movedTo + "}}");
			return;
		}
		String refusal = forbidden.get(chatId);
		if (refusal != null) {
			answer(exchange, 403,
					"{\"ok\":false,\"error_code\":403,\"description\":" + JSON.writeValueAsString(refusal) + "}");
			return;
		}
		if (holdGroupLimit && chatId.startsWith("-") && !admitToGroup(chatId)) {
			tooManyRequests.incrementAndGet();
			answer(exchange, 429,
					"{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\","
							+ "\"parameters\":{\"retry_after\":3}}");
			return;
		}
		synchronized (this) {
			sent.add(new Sent(chatId, body.path("text").asString()));
		}
		answer(exchange, 200,
				"{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":"
						+ System.currentTimeMillis() / 1000 + ",\"chat\":{\"id\":" + chatId
						+ ",\"type\":\"private\"},\"text\":\"ok\"}}");
	}

	private boolean admitToGroup(String chatId) {
		long now = System.nanoTime();
		Deque<Long> minute = groupMinute.computeIfAbsent(chatId, k -> new ArrayDeque<>());
		synchronized (minute) {
			while (!minute.isEmpty() && now - minute.peekFirst() >= 60_000_000_000L) {
				minute.removeFirst();
			}
			if (minute.size() >= 20) {
				return false;
			}
			minute.addLast(now);
			return true;
		}
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
