package vn.baocao.messaging;

import java.util.Locale;

/** Why a chat cannot be written to; each has its short note for admins. */
public enum Reach {

	/** The person blocked the bot. */
	BLOCKED("blocked"),
	/** The person never opened the bot, so it may not write first. */
	NOT_STARTED("not-started"),
	/** The bot was removed from the group, or the account is gone. */
	GONE("gone");

	private final String key;

	Reach(String key) {
		this.key = key;
	}

	/** The message bundle key of the note shown beside the person ("đã chặn bot"). */
	public String textKey() {
		return "reach." + key;
	}

	/**
	 * Reads a platform's refusal text (Telegram's 403 descriptions: "bot was blocked by
	 * the user", "bot can't initiate conversation with a user", "bot was kicked from the
	 * group chat", "user is deactivated").
	 */
	public static Reach fromDescription(String description) {
		String text = description.toLowerCase(Locale.ROOT);
		if (text.contains("initiate") || text.contains("not started") || text.contains("chat not found")) {
			return NOT_STARTED;
		}
		if (text.contains("kicked") || text.contains("not a member") || text.contains("deactivated")
				|| text.contains("removed")) {
			return GONE;
		}
		return BLOCKED;
	}

}
