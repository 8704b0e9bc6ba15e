package vn.baocao.campaign;

/**
 * The district above a folder of communes' campaigns ({@code district.yml}): its admins
 * see every commune ({@code /xa}) and its committee chat gets the district summary after
 * the communes' summaries.
 */
public record District(String name, ChannelIds admins, Committee committee) {

	public boolean isAdmin(Channel channel, String userId) {
		return admins.contains(channel, userId);
	}

	public boolean isCommittee(Channel channel, String chatId) {
		return committee.chatId(channel).filter(chatId::equals).isPresent();
	}

}
