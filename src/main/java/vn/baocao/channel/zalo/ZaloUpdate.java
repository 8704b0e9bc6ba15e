package vn.baocao.channel.zalo;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One message event as Zalo reports it, read defensively: the public copies of the API
 * disagree on the wrapper ({@code {ok,result}} or none), the sender's name
 * ({@code display_name}, {@code first_name}, {@code name}), the picture
 * ({@code photo_url}, or {@code photo} as a URL, an object or a list of sizes) and even
 * whether {@code event_name} is present.
 */
record ZaloUpdate(String event, @Nullable String messageId, String chatId, boolean group, String userId,
		@Nullable String userName, boolean fromBot, @Nullable String text, @Nullable String photoUrl,
		@Nullable String caption) {

	static final String TEXT = "message.text.received";

	static final String IMAGE = "message.image.received";

	/** Every update the body holds: none, one, or (defensively) a list. */
	static List<ZaloUpdate> read(JsonNode node) {
		List<ZaloUpdate> updates = new ArrayList<>();
		collect(node, updates, 0);
		return updates;
	}

	private static void collect(JsonNode node, List<ZaloUpdate> into, int depth) {
		if (depth > 3 || node.isMissingNode() || node.isNull()) {
			return;
		}
		if (node.isArray()) {
			node.values().forEach(item -> collect(item, into, depth + 1));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.has("ok")) {
			if (node.get("ok").asBoolean(false)) {
				collect(node.path("result"), into, depth + 1);
			}
			return;
		}
		if (!node.has("message") && node.has("result")) {
			collect(node.path("result"), into, depth + 1);
			return;
		}
		JsonNode message = node.path("message");
		String chatId = text(message.path("chat").path("id"));
		if (!message.isObject() || chatId == null) {
			return;
		}
		JsonNode from = message.path("from");
		String userId = text(from.path("id"));
		String messageText = text(message.path("text"));
		String photo = photoUrl(message);
		String event = text(node.path("event_name"));
		if (event == null) {
			event = messageText != null ? TEXT : photo != null ? IMAGE : "";
		}
		String chatType = text(message.path("chat").path("chat_type"));
		boolean group = chatType != null ? chatType.equalsIgnoreCase("GROUP")
				: userId != null && !userId.equals(chatId);
		into.add(new ZaloUpdate(event, text(message.path("message_id")), chatId, group,
				userId != null ? userId : chatId, name(from), from.path("is_bot").asBoolean(false), messageText, photo,
				text(message.path("caption"))));
	}

	private static @Nullable String name(JsonNode from) {
		for (String field : List.of("display_name", "first_name", "name")) {
			String name = text(from.path(field));
			if (name != null && !name.isBlank()) {
				return name;
			}
		}
		return null;
	}

	private static @Nullable String photoUrl(JsonNode message) {
		String url = text(message.path("photo_url"));
		if (url != null) {
			return url;
		}
		JsonNode photo = message.path("photo");
		if (photo.isArray() && !photo.isEmpty()) {
			photo = photo.path(photo.size() - 1);
		}
		if (photo.isObject()) {
			url = text(photo.path("url"));
			return url != null ? url : text(photo.path("photo_url"));
		}
		return text(photo);
	}

	private static @Nullable String text(JsonNode node) {
		String value = ZaloApi.scalar(node, null);
		return value == null || value.isEmpty() ? null : value;
	}

}
