package vn.baocao.conversation;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Channel;
import vn.baocao.roster.ChatUser;

/**
 * One thing a user did in a chat, as every channel reports it. {@code updateId} is the
 * channel's own id of the update (Telegram update_id, Zalo message_id) and is what makes
 * redelivery harmless.
 */
public record Inbound(Channel channel, String chatId, ChatKind chatKind, ChatUser user, Content content,
		@Nullable String updateId) {

	public enum ChatKind {

		PRIVATE, GROUP

	}

	/** What the message carried. */
	public sealed interface Content {

	}

	public record Text(String text) implements Content {
	}

	/**
	 * A slash command: {@code name} lower-case without the slash or @botname,
	 * {@code args} the rest.
	 */
	public record Command(String name, String args) implements Content {
	}

	/** A pressed option, carrying the payload that was sent with it. */
	public record Button(String payload) implements Content {
	}

	/** A picture; {@code fileRef} lets the channel fetch it later. */
	public record Photo(String fileRef, @Nullable String caption) implements Content {
	}

	public boolean isPrivate() {
		return chatKind == ChatKind.PRIVATE;
	}

	/**
	 * Reads typed text as a command when it starts with '/', dropping a "@botname"
	 * suffix.
	 */
	public static Content parseText(String text) {
		String trimmed = text.strip();
		if (!trimmed.startsWith("/") || trimmed.length() < 2) {
			return new Text(text);
		}
		int space = indexOfWhitespace(trimmed);
		String head = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
		String args = space < 0 ? "" : trimmed.substring(space).strip();
		int at = head.indexOf('@');
		if (at >= 0) {
			head = head.substring(0, at);
		}
		return new Command(head.toLowerCase(java.util.Locale.ROOT), args);
	}

	private static int indexOfWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

}
