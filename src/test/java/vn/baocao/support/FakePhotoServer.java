package vn.baocao.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free loopback port serving what a test puts at each path: a
 * body with a status, or an answer that never comes (until the test ends), to stand in
 * for a Bot API's files or a Zalo photo host.
 */
public final class FakePhotoServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	private final CountDownLatch closing = new CountDownLatch(1);

	private record Answer(int status, byte[] body, String type, boolean hang) {
	}

	public FakePhotoServer() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getRawPath();
			String query = exchange.getRequestURI().getRawQuery();
			String key = query == null ? path : path + "?" + query;
			hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
			Answer answer = answers.getOrDefault(key, answers.get(path));
			try (exchange) {
				if (answer == null) {
					exchange.sendResponseHeaders(404, -1);
					return;
				}
				if (answer.hang()) {
					closing.await(60, TimeUnit.SECONDS);
					return;
				}
				exchange.getResponseHeaders().add("Content-Type", answer.type());
				exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
				if (answer.body().length > 0) {
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(answer.body());
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public FakePhotoServer serve(String pathAndQuery, byte[] body, String type) {
		answers.put(pathAndQuery, new Answer(200, body, type, false));
		return this;
	}

	public FakePhotoServer json(String pathAndQuery, String json) {
		return serve(pathAndQuery, json.getBytes(StandardCharsets.UTF_8), "application/json");
	}

	public FakePhotoServer status(String pathAndQuery, int status) {
		answers.put(pathAndQuery, new Answer(status, new byte[0], "text/plain", false));
		return this;
	}

	/** The request is taken and never answered while the server runs. */
	public FakePhotoServer hang(String pathAndQuery) {
		answers.put(pathAndQuery, new Answer(0, new byte[0], "", true));
		return this;
	}

	public int hits(String pathAndQuery) {
		AtomicInteger n = hits.get(pathAndQuery);
		return n == null ? 0 : n.get();
	}

	@Override
	public void close() {
		closing.countDown();
		server.stop(0);
	}

	/** A real JPEG of the given size, one colour. */
	public static byte[] jpeg(int width, int height, Color colour) {
		return image(width, height, colour, "jpg", BufferedImage.TYPE_INT_RGB);
	}

	/** A real PNG of the given size, one colour. */
	public static byte[] png(int width, int height, Color colour) {
		return image(width, height, colour, "png", BufferedImage.TYPE_INT_ARGB);
	}

	private static byte[] image(int width, int height, Color colour, String format, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(colour);
		g.fillRect(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
