package vn.baocao.support;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * One bot's Bot API on 127.0.0.1, shared by every instance of baocao that sends as that
 * bot, and as strict as Telegram about the bot's overall limit: a send that would make
 * more than 30 in any one second is refused with 429 and not delivered. It records every
 * delivered message (chat, text, arrival), whichever instance sent it; getMe,
 * setMyCommands and setWebhook are accepted; getUpdates is refused with 409, as Telegram
 * does while a webhook is set.
 */
public final class SharedBotApi implements AutoCloseable {

	public static final int PER_SECOND = 30;

	private static final Pattern METHOD = Pattern.compile("/bot[^/]+/(\\w+)");

	private static final Pattern FORM_CHAT_ID = Pattern
		.compile("name=\"chat_id\"\\r?\\n(?:[^\\r\\n]*\\r?\\n)*?\\r?\\n(-?\\d+)");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A message delivered: to which chat, what, when (System.nanoTime). */
	public record Delivered(String method, String chatId, String text, long at) {
	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Deque<Long> lastSecond = new ArrayDeque<>();

	private final List<Delivered> delivered = new ArrayList<>();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger polls = new AtomicInteger();

	private final AtomicInteger webhooksSet = new AtomicInteger();

	private final AtomicInteger messageIds = new AtomicInteger();

	private final int perSecond;

	/** As strict as Telegram: 30 a second. */
	public SharedBotApi() throws IOException {
		this(PER_SECOND);
	}

	/** With a limit of its own ({@link Integer#MAX_VALUE}: none, for benchmarks). */
	public SharedBotApi(int perSecond) throws IOException {
		this.perSecond = perSecond;
		System.setProperty("sun.net.httpserver.nodelay", "true");
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public synchronized List<Delivered> delivered() {
		return List.copyOf(delivered);
	}

	public synchronized List<Delivered> deliveredTo(String chatId) {
		return delivered.stream().filter(d -> d.chatId().equals(chatId)).toList();
	}

	public int refused() {
		return refused.get();
	}

	public int polls() {
		return polls.get();
	}

	public int webhooksSet() {
		return webhooksSet.get();
	}

	/** The most deliveries in any one-second window. */
	public synchronized int busiestSecond() {
		List<Long> times = delivered.stream().map(Delivered::at).sorted().toList();
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

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher method = METHOD.matcher(exchange.getRequestURI().getPath());
			String name = method.find() ? method.group(1).toLowerCase() : "";
			switch (name) {
				case "getme" -> answer(exchange, 200,
						"{\"ok\":true,\"result\":{\"id\":666,\"is_bot\":true,\"first_name\":\"Báo cáo\",\"username\":\"BaocaoBot\"}}");
				case "getupdates" -> {
					polls.incrementAndGet();
					answer(exchange, 409, "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: can't use "
							+ "getUpdates method while webhook is active; use deleteWebhook to delete the webhook first\"}");
				}
				case "setwebhook" -> {
					webhooksSet.incrementAndGet();
					answer(exchange, 200, "{\"ok\":true,\"result\":true}");
				}
				case "sendmessage", "senddocument", "sendphoto" -> send(exchange, name, body);
				default -> answer(exchange, 200, "{\"ok\":true,\"result\":true}");
			}
		}
	}

	private void send(HttpExchange exchange, String method, String body) throws IOException {
		String chatId;
		String text;
		if (method.equals("sendmessage")) {
			JsonNode json = JSON.readTree(body);
			chatId = json.path("chat_id").asText();
			text = json.path("text").asText();
		}
		else {
			Matcher chat = FORM_CHAT_ID.matcher(body);
			chatId = chat.find() ? chat.group(1) : "?";
			text = "";
		}
		if (!admit(method, chatId, text, System.nanoTime())) {
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

	private synchronized boolean admit(String method, String chatId, String text, long now) {
		while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= 1_000_000_000L) {
			lastSecond.removeFirst();
		}
		if (lastSecond.size() >= perSecond) {
			return false;
		}
		lastSecond.addLast(now);
		delivered.add(new Delivered(method, chatId, text, now));
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

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
