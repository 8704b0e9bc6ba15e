package vn.baocao.roster;

import vn.baocao.campaign.Channel;

/**
 * A person's account on one channel. The same person on Telegram and Zalo is two refs.
 */
public record UserRef(Channel channel, String userId) {

	@Override
	public String toString() {
		return channel.key() + ":" + userId;
	}

}
