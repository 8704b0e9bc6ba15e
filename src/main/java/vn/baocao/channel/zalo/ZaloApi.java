package vn.baocao.channel.zalo;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Calls one method of the Zalo Bot API ({@code POST <api-url>/bot<token>/<method>} with a
 * JSON body) and says what came back, never throwing. The token is part of every URL, so
 * every reason this class reports has it blanked out: HTTP client errors quote the URL.
 */
final class ZaloApi {

	private final JsonMapper json;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private final RestClient http;

	private final String token;

	private final String base;

	ZaloApi(String baseUrl, String token, Duration readTimeout, JsonMapper json) {
		this.json = json;
		this.token = token;
		this.base = stripSlash(baseUrl) + "/bot" + pathSegment(token) + "/";
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(CONNECT_TIMEOUT)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(readTimeout);
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	/** What one call came back with. */
	sealed interface Answer {

		/**
		 * {@code {ok:true, result}}; {@code result} is a missing node when the envelope
		 * had none.
		 */
		record Ok(JsonNode result) implements Answer {
		}

		/**
		 * A 2xx JSON answer without the envelope (unwrapped updates), or an empty 2xx
		 * body.
		 */
		record Bare(JsonNode body) implements Answer {
		}

		/**
		 * {@code {ok:false}} or an HTTP error: {@code code} is the envelope's error_code,
		 * else the HTTP status (0 when neither says).
		 */
		record Refused(int code, String description, @Nullable Duration retryAfter) implements Answer {
		}

		/** No usable answer: connection failure, timeout, or a body that is not JSON. */
		record Broken(String reason) implements Answer {
		}

	}

	Answer call(String method, Map<String, ?> params) {
		try {
			byte[] body = json.writeValueAsBytes(params);
			return http.post()
				.uri(URI.create(base + pathSegment(method)))
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange((request, response) -> read(response.getStatusCode().value(),
						response.getBody().readAllBytes(), response.getHeaders()));
		}
		catch (RuntimeException ex) {
			return new Answer.Broken(redact(describe(ex)));
		}
	}

	private Answer read(int status, byte[] raw, HttpHeaders headers) {
		String text = new String(raw, StandardCharsets.UTF_8).strip();
		JsonNode node = null;
		if (!text.isEmpty()) {
			try {
				node = json.readTree(text);
			}
			catch (JacksonException ex) {
				node = null;
			}
		}
		Duration headerDelay = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER));
		if (node != null && node.isObject() && node.has("ok")) {
			if (node.get("ok").asBoolean(false)) {
				return new Answer.Ok(node.path("result"));
			}
			int code = node.path("error_code").asInt(status >= 400 ? status : 0);
			String description = redact(scalar(node.path("description"), "HTTP " + status));
			Duration delay = retryAfter(
					scalar(node.path("parameters").path("retry_after"), scalar(node.path("retry_after"), null)));
			return new Answer.Refused(code, description, delay != null ? delay : headerDelay);
		}
		if (status < 200 || status >= 300) {
			return new Answer.Refused(status, "HTTP " + status, headerDelay);
		}
		if (text.isEmpty()) {
			return new Answer.Bare(MissingNode.getInstance());
		}
		if (node == null) {
			return new Answer.Broken("HTTP " + status + " with a body that is not JSON");
		}
		return new Answer.Bare(node);
	}

	/**
	 * The exception and its root cause, whose message is often the only useful part
	 * ("timed out").
	 */
	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return root == ex ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
	}

	/** Blanks the token out of a text that may quote a request URL. */
	String redact(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);
		return text.replace(token, "***").replace(encoded, "***");
	}

	/**
	 * A scalar JSON value as text, else the fallback (containers and missing nodes have
	 * no text).
	 */
	static @Nullable String scalar(JsonNode node, @Nullable String fallback) {
		if (node.isString() || node.isNumber() || node.isBoolean()) {
			return node.asString();
		}
		return fallback;
	}

	private static @Nullable Duration retryAfter(@Nullable String seconds) {
		if (seconds == null || seconds.isBlank()) {
			return null;
		}
		try {
			long value = Long.parseLong(seconds.strip());
			return value > 0 ? Duration.ofSeconds(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The text as one URL path segment, as the Zalo SDKs send it: every character RFC
	 * 3986 allows in a segment ({@code pchar}, which includes {@code :}) goes out as it
	 * is, so {@code 777:SECRET} stays {@code 777:SECRET}; anything else is
	 * percent-encoded (UTF-8). A URI template would encode the {@code :} too, and a
	 * server that compares the path as sent refuses {@code 777%3ASECRET}.
	 */
	static String pathSegment(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
			}
		}
		return out.toString();
	}

	private static String stripSlash(String url) {
		String trimmed = url.strip();
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

}
