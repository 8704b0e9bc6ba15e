package vn.baocao.channel.zalo;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The Zalo Bot API played by WireMock on loopback, from the documented payloads:
 * getUpdates serves a queue the test fills (one update, or a fault, per call; a "no
 * update" answer when the queue stays empty for a moment, in each of the forms the
 * sources describe), sendMessage answers {@code {ok:true}} unless a test stubs a fault,
 * and the request journal tells what was sent.
 */
final class FakeZaloApi {

	static final String TOKEN = "1459232241454765289:zk-TEST-token-never-logged";

	static final String SEND_OK = """
			{"ok": true, "result": {"message_id": "82599fa32f56d00e8941", "date": 1749632637199}}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<ResponseDefinition> feed = new LinkedBlockingQueue<>();

	private final AtomicInteger idlePolls = new AtomicInteger();

	private final AtomicInteger messageIds = new AtomicInteger();

	final WireMockServer server;

	FakeZaloApi() {
		server = new WireMockServer(WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			.dynamicPort()
			.notifier(new Silent())
			.extensions(new Feed()));
		server.start();
		server
			.stubFor(post(urlPathMatching("/bot[^/]+/getUpdates")).willReturn(aResponse().withTransformers(Feed.NAME)));
		server.stubFor(post(urlPathMatching("/bot[^/]+/sendMessage")).atPriority(10).willReturn(okJson(SEND_OK)));
		server.stubFor(post(urlPathMatching("/bot[^/]+/setWebhook"))
			.willReturn(okJson("{\"ok\": true, \"result\": {\"url\": \"x\", \"updated_at\": 1749538250568}}")));
	}

	/**
	 * sendMessage to this chat answers an error envelope (with this HTTP status), as Zalo
	 * does for a person who blocked the bot or never followed it; remove the stub to
	 * heal.
	 */
	StubMapping refuse(String chatId, int status, int errorCode, String description) {
		return server.stubFor(post(urlPathMatching("/bot[^/]+/sendMessage")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
			.willReturn(aResponse().withStatus(status)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"ok\": false, \"error_code\": " + errorCode + ", \"description\": \"" + description
						+ "\"}")));
	}

	String url() {
		return server.baseUrl();
	}

	void stop() {
		server.stop();
	}

	/** A user writes in their private chat; returns the update's message id. */
	String text(String userId, String text) {
		String id = nextId();
		push(wrapped(update("message.text.received", id, userId, userId, "PRIVATE", text)));
		return id;
	}

	/** The same, in the unwrapped form seen in captured webhook calls. */
	String textUnwrapped(String userId, String text) {
		String id = nextId();
		push(update("message.text.received", id, userId, userId, "PRIVATE", text).toString());
		return id;
	}

	/** A user sends a picture, as message.image.received with photo_url and a caption. */
	String image(String userId, String url, String caption) {
		String id = nextId();
		ObjectNode update = update("message.image.received", id, userId, userId, "PRIVATE", null);
		((ObjectNode) update.path("message")).put("photo_url", url).put("caption", caption);
		push(wrapped(update));
		return id;
	}

	String groupText(String groupId, String userId, String text) {
		String id = nextId();
		push(wrapped(update("message.text.received", id, groupId, userId, "GROUP", text)));
		return id;
	}

	/**
	 * A documented text update as JSON, for a test to send twice or post to the webhook.
	 */
	static ObjectNode update(String event, String messageId, String chatId, String userId, String chatType,
			String text) {
		ObjectNode update = JSON.createObjectNode();
		update.put("event_name", event);
		ObjectNode message = update.putObject("message");
		message.putObject("from").put("id", userId).put("display_name", "Người dùng " + userId).put("is_bot", false);
		message.putObject("chat").put("id", chatId).put("chat_type", chatType);
		if (text != null) {
			message.put("text", text);
		}
		message.put("message_id", messageId);
		message.put("date", 1733814000000L);
		return update;
	}

	static String wrapped(JsonNode update) {
		ObjectNode envelope = JSON.createObjectNode();
		envelope.put("ok", true);
		envelope.set("result", update);
		return envelope.toString();
	}

	/** The next getUpdates answers with this body. */
	void push(String body) {
		feed.add(okJson(body).build());
	}

	/** The next getUpdates answers like this (a fault, a delay…). */
	void pushAnswer(ResponseDefinitionBuilder answer) {
		feed.add(answer.build());
	}

	String nextId() {
		return "m" + Integer.toHexString(0x1000 + messageIds.incrementAndGet());
	}

	record Sent(String chatId, String text) {
	}

	/** Every sendMessage call received, in order, answered with success or not. */
	List<Sent> sendCalls() {
		return server.findAll(postRequestedFor(urlPathMatching("/bot[^/]+/sendMessage")))
			.stream()
			.map(FakeZaloApi::sent)
			.toList();
	}

	List<Sent> sendCalls(String chatId) {
		return sendCalls().stream().filter(s -> s.chatId().equals(chatId)).toList();
	}

	List<String> textsTo(String chatId) {
		return sendCalls(chatId).stream().map(Sent::text).toList();
	}

	int calls(String method) {
		return server.findAll(postRequestedFor(urlPathMatching("/bot[^/]+/" + method))).size();
	}

	List<LoggedRequest> requests(String method) {
		return server.findAll(postRequestedFor(urlPathMatching("/bot[^/]+/" + method)));
	}

	private static Sent sent(LoggedRequest request) {
		JsonNode body = JSON.readTree(request.getBodyAsString());
		return new Sent(body.path("chat_id").asString(), body.path("text").asString());
	}

	/**
	 * Serves the queue; when it stays empty, one of the "no update" answers the sources
	 * describe.
	 */
	private final class Feed implements ResponseDefinitionTransformerV2 {

		static final String NAME = "zalo-updates-feed";

		private final List<ResponseDefinition> noUpdate = List.of(
				okJson("{\"ok\": false, \"error_code\": 408, \"description\": \"Request timeout\"}").build(),
				aResponse().withStatus(200).build(), okJson("{\"ok\": true}").build());

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			try {
				ResponseDefinition next = feed.poll(300, TimeUnit.MILLISECONDS);
				if (next != null) {
					return next;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return noUpdate.get(idlePolls.getAndIncrement() % noUpdate.size());
		}

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

	}

	/** WireMock's own messages would quote request URLs, which carry the token. */
	private static final class Silent implements Notifier {

		@Override
		public void info(String message) {
		}

		@Override
		public void error(String message) {
		}

		@Override
		public void error(String message, Throwable t) {
		}

	}

}
