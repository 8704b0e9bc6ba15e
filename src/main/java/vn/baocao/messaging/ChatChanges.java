package vn.baocao.messaging;

import vn.baocao.campaign.Channel;

/**
 * Told by the dispatcher (and the channels) when a chat changed under the bot: it moved
 * to a new id, or it cannot be written to any more. Implementations (the admin module)
 * move the committee binding and tell the admins; they must not throw.
 */
public interface ChatChanges {

	/** The chat now has another id; what waited for it has moved already. */
	void moved(Channel channel, String from, String to);

	/** The chat was found unreachable (first time since its person last wrote). */
	void unreachable(Channel channel, String chatId, Reach reach);

}
