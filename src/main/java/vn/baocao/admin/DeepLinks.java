package vn.baocao.admin;

import java.util.Optional;

import vn.baocao.campaign.Channel;

/**
 * A link that opens the bot with an invitation code already filled in. Only a channel
 * adapter knows how (Telegram: {@code https://t.me/<bot username>?start=<code>}, the
 * username coming from getMe), so each running channel may contribute one; the first link
 * offered is used.
 */
public interface DeepLinks {

	/**
	 * The link for a code on that channel, or empty when the channel has none (or is not
	 * this adapter's).
	 */
	Optional<String> link(Channel channel, String code);

	static DeepLinks none() {
		return (channel, code) -> Optional.empty();
	}

}
