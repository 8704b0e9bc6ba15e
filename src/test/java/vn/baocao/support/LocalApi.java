package vn.baocao.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Plays users on the local channel over real HTTP: what a person with curl would do. */
public final class LocalApi {

	private static final ParameterizedTypeReference<List<Reply>> REPLIES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> ENTRIES = new ParameterizedTypeReference<>() {
	};

	private final RestClient http;

	public LocalApi(int port) {
		this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	public record Option(String label, String payload) {
	}

	public record FileLink(String name, String url) {
	}

	public record Reply(String text, List<Option> options, FileLink file) {

		/** The payload of the option whose label contains {@code label}. */
		public String payload(String label) {
			return options.stream()
				.filter(o -> o.label().contains(label))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No option '" + label + "' in " + options))
				.payload();
		}

	}

	public List<Reply> send(String chatId, String userId, String text) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chatId", chatId);
		body.put("userId", userId);
		body.put("userName", userId);
		body.put("text", text);
		return post(body);
	}

	public List<Reply> press(String chatId, String userId, String payload) {
		return post(Map.of("chatId", chatId, "userId", userId, "button", payload));
	}

	public List<Reply> post(Map<String, Object> body) {
		return http.post()
			.uri("/api/local/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(REPLIES);
	}

	public List<Map<String, Object>> transcript(String chatId) {
		return http.get().uri("/api/local/chats/{chatId}", chatId).retrieve().body(ENTRIES);
	}

	/** The last reply's text, for asserting on the question now asked. */
	public static String last(List<Reply> replies) {
		return replies.get(replies.size() - 1).text();
	}

	public static String all(List<Reply> replies) {
		return String.join("\n---\n", replies.stream().map(Reply::text).toList());
	}

}
