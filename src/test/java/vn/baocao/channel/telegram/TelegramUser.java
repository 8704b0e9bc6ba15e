package vn.baocao.channel.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * Plays one person in one chat through the emulator, as they would use Telegram: type a
 * text or a command, send a photo, press a button under a message, and wait for the bot's
 * answer. Reusable by any end-to-end scenario: build one per user and chat with the
 * test's bot token.
 */
public final class TelegramUser {

	/**
	 * Long enough for a few paced messages (Telegram: one per second to a chat) to
	 * arrive.
	 */
	public static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

	private final TelegramEmulator emulator;

	private final String token;

	private final long userId;

	private final String firstName;

	private final String lastName;

	private final String username;

	private final long chatId;

	private final String chatType;

	private final List<BotMessage> received = new ArrayList<>();

	/** Messages before this index were already matched by {@link #awaitReply}. */
	private int seen;

	private TelegramUser(TelegramEmulator emulator, String token, long userId, String firstName, String lastName,
			String username, long chatId, String chatType) {
		this.emulator = emulator;
		this.token = token;
		this.userId = userId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.username = username;
		this.chatId = chatId;
		this.chatType = chatType;
	}

	/** A user in their private chat with the bot (whose chat id is the user id). */
	public static TelegramUser inPrivateChat(TelegramEmulator emulator, String token, long userId, String firstName,
			String lastName, String username) {
		return new TelegramUser(emulator, token, userId, firstName, lastName, username, userId, "private");
	}

	/**
	 * The same person writing in a group (a negative chat id, as Telegram's supergroups
	 * have).
	 */
	public TelegramUser inGroup(long groupChatId) {
		return new TelegramUser(emulator, token, userId, firstName, lastName, username, groupChatId, "supergroup");
	}

	public long userId() {
		return userId;
	}

	public String chatId() {
		return String.valueOf(chatId);
	}

	// ---- doing -----------------------------------------------------------------------

	/** Types a text; returns the update id Telegram gave it. */
	public long sendText(String text) {
		Map<String, Object> message = message();
		message.put("text", text);
		return updateId(emulator.post("/sendMessage", message));
	}

	/**
	 * Types a command such as "/baocao" or "/trogiup@TestNameBot", marked as one the way
	 * Telegram does.
	 */
	public long sendCommand(String command) {
		Map<String, Object> message = message();
		message.put("text", command);
		int length = command.contains(" ") ? command.indexOf(' ') : command.length();
		message.put("entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", length)));
		return updateId(emulator.post("/sendCommand", message));
	}

	/**
	 * Sends a photo as Telegram does: several sizes of the same picture, smallest first.
	 */
	public long sendPhoto(String fileId, String caption) {
		Map<String, Object> message = message();
		message.put("photo", List.of(photoSize(fileId + "-s", 90, 67), photoSize(fileId, 1280, 960),
				photoSize(fileId + "-m", 320, 240)));
		if (caption != null) {
			message.put("caption", caption);
		}
		return updateId(emulator.post("/sendMessage", message));
	}

	/**
	 * Sends a message of one's own making (e.g. a malformed one) into this chat's
	 * updates.
	 */
	public long sendRaw(Map<String, Object> message) {
		Map<String, Object> body = new LinkedHashMap<>(message);
		body.put("botToken", token);
		return updateId(emulator.post("/sendMessage", body));
	}

	/**
	 * Presses the button labelled so under the latest message that has one (waiting for
	 * such a message if none has come yet). To answer a particular question, await it
	 * first.
	 */
	public long pressButton(String label) {
		BotMessage[] found = new BotMessage[1];
		try {
			await().atMost(REPLY_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
				fetch();
				for (int i = received.size() - 1; i >= 0; i--) {
					if (received.get(i).button(label).isPresent()) {
						found[0] = received.get(i);
						return true;
					}
				}
				return false;
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("No button '" + label + "' under any message; received:\n" + describe(received),
					ex);
		}
		return pressButton(found[0], label);
	}

	/** Presses a button under a given message, even one that has passed. */
	public long pressButton(BotMessage on, String label) {
		BotMessage.Button button = on.button(label)
			.orElseThrow(() -> new AssertionError("No button '" + label + "' under: " + on.text()));
		Map<String, Object> chat = chat();
		Map<String, Object> pressed = new LinkedHashMap<>();
		pressed.put("message_id", on.messageId());
		pressed.put("date", Instant.now().getEpochSecond());
		pressed.put("chat", chat);
		pressed.put("text", on.text());
		Map<String, Object> press = new LinkedHashMap<>();
		press.put("botToken", token);
		press.put("from", from());
		press.put("message", pressed);
		press.put("data", button.data());
		return updateId(emulator.post("/sendCallback", press));
	}

	// ---- seeing ----------------------------------------------------------------------

	/**
	 * Waits for a new message from the bot containing every fragment, and returns it.
	 * Messages before it count as seen, so the next call looks only at what came after.
	 */
	public BotMessage awaitReply(String... fragments) {
		BotMessage[] found = new BotMessage[1];
		try {
			await().atMost(REPLY_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
				fetch();
				for (int i = seen; i < received.size(); i++) {
					if (received.get(i).contains(fragments)) {
						found[0] = received.get(i);
						seen = i + 1;
						return true;
					}
				}
				return false;
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(
					"No new message containing " + Arrays.toString(fragments) + " within " + REPLY_TIMEOUT.toSeconds()
							+ " s. New messages:\n" + describe(received.subList(seen, received.size())),
					ex);
		}
		return found[0];
	}

	/** Everything the bot has sent to this chat so far. */
	public List<BotMessage> received() {
		fetch();
		return List.copyOf(received);
	}

	/** Messages not yet matched by {@link #awaitReply}. */
	public List<BotMessage> unseen() {
		fetch();
		return List.copyOf(received.subList(seen, received.size()));
	}

	/** A message as the user sees it now, after any edit (e.g. its buttons removed). */
	public BotMessage asShownNow(BotMessage message) {
		for (JsonNode stored : emulator.post("/getUpdatesHistory", Map.of("token", token))) {
			if (stored.path("messageId").asLong() == message.messageId() && stored.path("message").has("chat_id")
					&& stored.path("message").path("chat_id").asString().equals(chatId())) {
				return BotMessage.from(stored);
			}
		}
		throw new AssertionError("Message " + message.messageId() + " is not in the emulator's history");
	}

	private void fetch() {
		for (JsonNode stored : emulator.post("/getUpdates", Map.of("token", token, "chatId", chatId))) {
			received.add(BotMessage.from(stored));
		}
	}

	public static String describe(List<BotMessage> messages) {
		return messages.stream()
			.map(m -> "#" + m.messageId() + " " + m.text()
					+ (m.hasButtons() ? " " + m.buttons().stream().map(BotMessage.Button::label).toList() : ""))
			.collect(Collectors.joining("\n---\n"));
	}

	public String describeReceived() {
		return describe(received());
	}

	// ---- building
	// ----------------------------------------------------------------------

	private Map<String, Object> message() {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("botToken", token);
		message.put("from", from());
		message.put("chat", chat());
		message.put("date", Instant.now().getEpochSecond());
		return message;
	}

	private Map<String, Object> from() {
		Map<String, Object> from = new LinkedHashMap<>();
		from.put("id", userId);
		from.put("is_bot", false);
		from.put("first_name", firstName);
		if (lastName != null) {
			from.put("last_name", lastName);
		}
		if (username != null) {
			from.put("username", username);
		}
		from.put("language_code", "vi");
		return from;
	}

	private Map<String, Object> chat() {
		Map<String, Object> chat = new LinkedHashMap<>();
		chat.put("id", chatId);
		chat.put("type", chatType);
		if (chatType.equals("private")) {
			chat.put("first_name", firstName);
		}
		else {
			chat.put("title", "Ban Chỉ đạo");
		}
		return chat;
	}

	private static Map<String, Object> photoSize(String fileId, int width, int height) {
		return Map.of("file_id", fileId, "file_unique_id", "u-" + fileId, "width", width, "height", height, "file_size",
				width * height / 10);
	}

	private static long updateId(JsonNode result) {
		return result.path("update_id").asLong();
	}

	@Override
	public String toString() {
		return "TelegramUser[" + userId + " in " + chatType + " " + chatId + ", " + Arrays.asList(firstName, lastName)
				+ "]";
	}

}
