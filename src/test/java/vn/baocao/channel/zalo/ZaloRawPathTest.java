package vn.baocao.channel.zalo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.baocao.text.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token goes out in the request path exactly as Zalo issued it: a stub that reads the
 * raw request line off the socket (no HTTP library that could normalise it) and refuses
 * anything but {@code /bot777:SECRET/<method>}, as a strict server does.
 */
class ZaloRawPathTest {

	private ServerSocket socket;

	private final List<String> requestLines = new CopyOnWriteArrayList<>();

	private Thread server;

	@BeforeEach
	void start() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		server = new Thread(this::serve, "raw-zalo-stub");
		server.setDaemon(true);
		server.start();
	}

	@AfterEach
	void stop() throws IOException {
		socket.close();
	}

	@Test
	void theTokenIsSentRawNotPercentEncoded() {
		ZaloApi api = new ZaloApi("http://127.0.0.1:" + socket.getLocalPort() + "/", "777:SECRET",
				Duration.ofSeconds(5), Json.MAPPER);

		ZaloApi.Answer answer = api.call("sendMessage", Map.of("chat_id", "u1", "text", "xin chào"));

		assertThat(requestLines).containsExactly("POST /bot777:SECRET/sendMessage HTTP/1.1");
		assertThat(answer).isInstanceOf(ZaloApi.Answer.Ok.class);
	}

	@Test
	void onlyCharactersAPathSegmentCannotHoldAreEncoded() {
		assertThat(ZaloApi.pathSegment("1459232241454765289:zk-TEST_token.~"))
			.isEqualTo("1459232241454765289:zk-TEST_token.~");
		assertThat(ZaloApi.pathSegment("a/b c?")).isEqualTo("a%2Fb%20c%3F");
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
				String line = in.readLine();
				requestLines.add(line);
				int length = 0;
				for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
					if (header.toLowerCase().startsWith("content-length:")) {
						length = Integer.parseInt(header.substring(15).strip());
					}
				}
				in.skip(length);
				boolean strict = line.startsWith("POST /bot777:SECRET/");
				String body = strict ? "{\"ok\":true,\"result\":{\"message_id\":\"m1\"}}"
						: "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}";
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				OutputStream out = client.getOutputStream();
				out.write(((strict ? "HTTP/1.1 200 OK" : "HTTP/1.1 401 Unauthorized")
						+ "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + bytes.length
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.write(bytes);
				out.flush();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

}
