package vn.baocao.web;

import java.io.Serializable;
import java.time.Instant;

import vn.baocao.campaign.Channel;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;

/**
 * Who a web session belongs to: the chat account that asked for the sign-in link, and
 * until when the session lasts, and the campaign whose sign-in link it used (with several
 * campaigns the console shows that one). Kept in the HTTP session, hence plain
 * serialisable values.
 */
record WebUser(String channel, String userId, String name, boolean admin, Instant until,
		String campaignId) implements Serializable {

	UserRef ref() {
		return new UserRef(Channel.fromKey(channel).orElseThrow(), userId);
	}

	ChatUser chatUser() {
		return new ChatUser(ref(), name, null);
	}

}
