package vn.baocao.communes;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.Channel;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.conversation.KnownGroups;

/** Every campaign's committee group (from its file or /setgroup) and the district's. */
@Component
class CommitteesEverywhere implements KnownGroups {

	private final Campaigns campaigns;

	CommitteesEverywhere(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public boolean isCommitteeChat(Channel channel, String chatId) {
		return campaignOf(channel, chatId).isPresent()
				|| campaigns.folder().districtIfAny().map(d -> d.isCommittee(channel, chatId)).orElse(false);
	}

	/** The campaign whose committee group this chat is (from its file or /setgroup). */
	Optional<Campaign> campaignOf(Channel channel, String chatId) {
		return campaigns.all()
			.stream()
			.filter(campaign -> campaigns.bean(campaign.id(), CommitteeChats.class).isCommittee(channel, chatId))
			.findFirst();
	}

}
