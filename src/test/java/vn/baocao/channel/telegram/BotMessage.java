package vn.baocao.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** A message the bot sent, as the emulator recorded it: HTML text and inline keyboard. */
public record BotMessage(long messageId, String chatId, String html, List<Button> buttons) {

	public record Button(String label, String data) {
	}

	static BotMessage from(JsonNode stored) {
		JsonNode message = stored.path("message");
		List<Button> buttons = new ArrayList<>();
		for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
			for (JsonNode button : row) {
				buttons.add(new Button(button.path("text").asString(), button.path("callback_data").asString()));
			}
		}
		return new BotMessage(stored.path("messageId").asLong(), message.path("chat_id").asString(),
				message.path("text").asString(), buttons);
	}

	/** The text as the user reads it (HTML entities resolved). */
	public String text() {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
	}

	public boolean hasButtons() {
		return !buttons.isEmpty();
	}

	public Optional<Button> button(String label) {
		return buttons.stream().filter(b -> b.label().contains(label)).findFirst();
	}

	public boolean contains(String... fragments) {
		String text = text();
		for (String fragment : fragments) {
			if (!text.contains(fragment)) {
				return false;
			}
		}
		return true;
	}

}
