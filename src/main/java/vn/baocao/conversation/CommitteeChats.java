package vn.baocao.conversation;

import java.util.Optional;

import vn.baocao.campaign.Channel;

/**
 * Which group chat is the committee's on each channel (from the campaign file or
 * /setgroup).
 */
public interface CommitteeChats {

	Optional<String> chatId(Channel channel);

	default boolean isCommittee(Channel channel, String chatId) {
		return chatId(channel).filter(chatId::equals).isPresent();
	}

}
