package vn.baocao.messaging;

import vn.baocao.campaign.Channel;

/** The port a channel implements to deliver outbound messages. */
public interface ChatGateway {

	Channel channel();

	/** Sends one message; never throws for an API answer, only reports it. */
	Delivery send(Outbound message);

	/**
	 * How many API calls sending it takes (a long text goes in parts, a file after its
	 * words): the dispatcher keeps a place under the rate limits for each.
	 */
	default int calls(Outbound message) {
		return 1;
	}

	/** How often this channel may be called; see {@link RateLimits}. */
	default RateLimits limits() {
		return RateLimits.UNLIMITED;
	}

	/** Group chats have their own, stricter rate limit. */
	default boolean isGroup(String chatId) {
		return false;
	}

	/**
	 * Whether delivery is a write to our own database (the local channel): such messages
	 * are delivered inside the caller's transaction instead of going through the outbox.
	 */
	default boolean deliversInTransaction() {
		return false;
	}

}
