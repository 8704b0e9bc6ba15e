package vn.baocao.messaging;

import java.time.Duration;

/**
 * A channel's sending limits: messages per second overall, the minimum gap between two
 * messages to one private chat, and messages per minute to one group.
 */
public record RateLimits(int perSecond, Duration privateChatGap, int groupPerMinute) {

	public static final RateLimits UNLIMITED = new RateLimits(Integer.MAX_VALUE, Duration.ZERO, Integer.MAX_VALUE);

	/** Telegram's published limits (Bot FAQ). */
	public static final RateLimits TELEGRAM = new RateLimits(30, Duration.ofSeconds(1), 20);

}
