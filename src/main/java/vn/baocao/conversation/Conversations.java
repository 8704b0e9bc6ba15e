package vn.baocao.conversation;

import vn.baocao.campaign.Channel;

/** The persisted dialogue state of every chat. */
public interface Conversations {

	DialogState load(Channel channel, String chatId);

	void save(Channel channel, String chatId, DialogState state);

}
