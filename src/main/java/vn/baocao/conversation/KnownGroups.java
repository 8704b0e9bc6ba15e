package vn.baocao.conversation;

import vn.baocao.campaign.Channel;

/**
 * Whether a chat is one of the committee groups the deployment serves (any campaign's, or
 * the district's): the channels treat such a chat as a group even when the platform does
 * not say so.
 */
public interface KnownGroups {

	boolean isCommitteeChat(Channel channel, String chatId);

}
