package vn.baocao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot API on 127.0.0.1 that is as strict as Telegram about the overall limit: a
 * sendMessage that would make more than 30 in any one second is refused with 429 and
 * retry_after, and is not delivered. It records when each delivered message arrived, so a
 * broadcast's pace can be read off exactly. getUpdates answers an empty list after a
 * short hold; anything else is accepted.
 */
final class StrictBotApi implements AutoCloseable {

	static final int PER_SECOND = 30;

	private static final Pattern METHOD = Pattern.compile("/bot[^/]+/(\\w+)");

	private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");

	static {
		// without it the JDK server's answer waits ~40 ms on each request (Nagle against
		// delayed acknowledgements), which would be the stub's slowness, not the bot's
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Deque<Long> lastSecond = new ArrayDeque<>();

	private final List<Long> arrivals = new ArrayList<>();

	private final List<Long> attempts = new ArrayList<>();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger messageIds = new AtomicInteger();

	StrictBotApi() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Arrival times (System.nanoTime) of the messages delivered, in order. */
	synchronized List<Long> arrivals() {
		return List.copyOf(arrivals);
	}

	/** When each sendMessage arrived, refused or not: what the bot tried to send. */
	synchronized List<Long> attempts() {
		return List.copyOf(attempts);
	}

	/** The most arrivals in any one-second window. */
	static int busiestSecond(List<Long> times) {
		int most = 0;
		int from = 0;
		for (int to = 0; to < times.size(); to++) {
			while (times.get(to) - times.get(from) >= 1_000_000_000L) {
				from++;
			}
			most = Math.max(most, to - from + 1);
		}
		return most;
	}

	int refused() {
		return refused.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher method = METHOD.matcher(exchange.getRequestURI().getPath());
			String name = method.find() ? method.group(1).toLowerCase() : "";
			switch (name) {
				case "getme" -> answer(exchange, 200,
						"{\"ok\":true,\"result\":{\"id\":666,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"BenchBot\"}}");
				case "getupdates" -> {
					sleep(500);
					answer(exchange, 200, "{\"ok\":true,\"result\":[]}");
				}
				case "sendmessage" -> sendMessage(exchange, body);
				default -> answer(exchange, 200, "{\"ok\":true,\"result\":true}");
			}
		}
	}

	private void sendMessage(HttpExchange exchange, String body) throws IOException {
		Matcher chat = CHAT_ID.matcher(body);
		String chatId = chat.find() ? chat.group(1) : "0";
		if (!admit(System.nanoTime())) {
			refused.incrementAndGet();
			answer(exchange, 429,
					"{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
							+ "\"parameters\":{\"retry_after\":1}}");
			return;
		}
		answer(exchange, 200,
				"{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":"
						+ System.currentTimeMillis() / 1000 + ",\"chat\":{\"id\":" + chatId
						+ ",\"type\":\"private\"},\"text\":\"ok\"}}");
	}

	private synchronized boolean admit(long now) {
		attempts.add(now);
		while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= 1_000_000_000L) {
			lastSecond.removeFirst();
		}
		if (lastSecond.size() >= PER_SECOND) {
			return false;
		}
		lastSecond.addLast(now);
		arrivals.add(now);
		return true;
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
