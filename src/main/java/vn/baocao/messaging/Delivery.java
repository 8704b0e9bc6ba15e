package vn.baocao.messaging;

import java.time.Duration;

/** What happened to one attempt to send a message. */
public sealed interface Delivery {

	record Sent() implements Delivery {
	}

	/** The API asked us to slow down (HTTP 429) and said for how long. */
	record RetryAfter(Duration delay) implements Delivery {
	}

	/** A fault worth retrying: 5xx, timeout, connection reset. */
	record Failed(String reason) implements Delivery {
	}

	/**
	 * A fault retrying cannot fix (the user blocked the bot, the chat does not exist).
	 */
	record Rejected(String reason) implements Delivery {
	}

	/**
	 * The chat has a new id (Telegram upgraded the group to a supergroup): this message
	 * and every later one go to {@code chatId} instead.
	 */
	record Moved(String chatId) implements Delivery {
	}

	/**
	 * The person (or group) cannot be written to until they write to the bot again: they
	 * blocked it, never opened it, or the bot was removed from the group.
	 */
	record Unreachable(Reach reach, String reason) implements Delivery {
	}

}
