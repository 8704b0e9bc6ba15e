package vn.baocao.communes;

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
		for (Campaign campaign : campaigns.all()) {
			if (campaigns.bean(campaign.id(), CommitteeChats.class).isCommittee(channel, chatId)) {
				return true;
			}
		}
		return campaigns.folder().districtIfAny().map(d -> d.isCommittee(channel, chatId)).orElse(false);
	}

}
