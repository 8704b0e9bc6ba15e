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

}
