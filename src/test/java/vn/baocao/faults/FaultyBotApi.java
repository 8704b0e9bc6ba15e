package vn.baocao.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API proxy on 127.0.0.1 that breaks things on the way to the real API (the
 * emulator): on sendMessage, editMessage* and getUpdates, every {@code every}-th call of
 * a method gets a fault, the kinds taking turns so that each is met:
 * <ul>
 * <li>429 Too Many Requests with retry_after 1 (not forwarded);</li>
 * <li>500 Internal Server Error (not forwarded);</li>
 * <li>a connection reset (RST) before anything is forwarded;</li>
 * <li>a slow answer: forwarded after 1.5 s.</li>
 * </ul>
 * A reset after the API has acted on a sendMessage is left out on purpose: the Bot API
 * has no idempotency key, so no client can tell it from a request that never arrived, and
 * resending it is Telegram's own at-least-once (see docs/RELIABILITY.md). Other methods
 * pass untouched. A minimal HTTP/1.1 server on raw sockets, because a reset needs the
 * socket itself.
 */
final class FaultyBotApi implements AutoCloseable {

	enum Fault {

		TOO_MANY_REQUESTS, SERVER_ERROR, CONNECTION_RESET, SLOW

	}

	private static final Pattern METHOD = Pattern.compile("^/bot[^/]+/(\\w+)");

	private static final Duration SLOW = Duration.ofMillis(1500);

	private final URI upstream;

	private final int every;

	private final ServerSocket server;

	private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "faulty-bot-api");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

	private final Map<String, Map<Fault, Integer>> injected = new HashMap<>();

	private volatile boolean faulty = true;

	FaultyBotApi(String upstream, int every) {
		this.upstream = URI.create(upstream);
		this.every = every;
		try {
			this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		connections.execute(this::accept);
	}

	String url() {
		return "http://127.0.0.1:" + server.getLocalPort();
	}

	/** From now on every call goes through untouched. */
	void calm() {
		faulty = false;
	}

	/** Faults injected so far, by Bot API method (lower case) and kind. */
	synchronized Map<String, Map<Fault, Integer>> injected() {
		Map<String, Map<Fault, Integer>> copy = new HashMap<>();
		injected.forEach((method, kinds) -> copy.put(method, new EnumMap<>(kinds)));
		return copy;
	}

	synchronized int injectedTotal() {
		return injected.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
	}

	int calls(String method) {
		AtomicInteger count = calls.get(method);
		return count == null ? 0 : count.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				connections.execute(() -> serve(socket));
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	/** One connection, kept alive for as many requests as the client sends on it. */
	private void serve(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			Request request;
			while ((request = Request.read(in)) != null) {
				String method = methodOf(request.path);
				Fault fault = faultFor(method);
				if (fault == Fault.CONNECTION_RESET) {
					socket.setSoLinger(true, 0);
					return;
				}
				if (fault == Fault.TOO_MANY_REQUESTS) {
					respond(out, 429,
							"{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
									+ "\"parameters\":{\"retry_after\":1}}");
					continue;
				}
				if (fault == Fault.SERVER_ERROR) {
					respond(out, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
					continue;
				}
				if (fault == Fault.SLOW) {
					Thread.sleep(SLOW.toMillis());
				}
				HttpResponse<byte[]> answer = forward(request);
				respond(out, answer.statusCode(), answer.body());
			}
		}
		catch (IOException ex) {
			// the client hung up: nothing to answer
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Fault faultFor(String method) {
		boolean breakable = method.equals("sendmessage") || method.equals("getupdates")
				|| method.startsWith("editmessage");
		int n = calls.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
		if (!faulty || !breakable || n % every != 0) {
			return null;
		}
		Fault fault = Fault.values()[(n / every) % Fault.values().length];
		synchronized (this) {
			injected.computeIfAbsent(method, k -> new EnumMap<>(Fault.class)).merge(fault, 1, Integer::sum);
		}
		return fault;
	}

	private HttpResponse<byte[]> forward(Request request) throws IOException, InterruptedException {
		HttpRequest.Builder builder = HttpRequest.newBuilder(upstream.resolve(request.path))
			.timeout(Duration.ofSeconds(90))
			.method(request.method, request.body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(request.body));
		String type = request.headers.get("content-type");
		if (type != null) {
			builder.header("Content-Type", type);
		}
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String methodOf(String path) {
		Matcher m = METHOD.matcher(path);
		return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
	}

	private static void respond(OutputStream out, int status, String json) throws IOException {
		respond(out, status, json.getBytes(StandardCharsets.UTF_8));
	}

	private static void respond(OutputStream out, int status, byte[] body) throws IOException {
		String head = "HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Error") + "\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + body.length
				+ "\r\nConnection: keep-alive\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException ignored) {
			// closing anyway
		}
		connections.shutdownNow();
	}

	/** An HTTP/1.1 request with a Content-Length body (what OkHttp sends the Bot API). */
	private record Request(String method, String path, Map<String, String> headers, byte[] body) {

		static Request read(InputStream in) throws IOException {
			String requestLine = line(in);
			if (requestLine == null || requestLine.isEmpty()) {
				return null;
			}
			String[] parts = requestLine.split(" ");
			Map<String, String> headers = new HashMap<>();
			String header;
			while ((header = line(in)) != null && !header.isEmpty()) {
				int colon = header.indexOf(':');
				if (colon > 0) {
					headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
							header.substring(colon + 1).trim());
				}
			}
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				throw new IOException("chunked request bodies are not expected from the Bot API client");
			}
			int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
			byte[] body = in.readNBytes(length);
			return new Request(parts[0], parts[1], headers, body);
		}

		private static String line(InputStream in) throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					String text = bytes.toString(StandardCharsets.US_ASCII);
					return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
				}
				bytes.write(b);
			}
			return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.US_ASCII);
		}

	}

}
