package vn.baocao.communes;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.Channel;
import vn.baocao.messaging.ChatChanges;
import vn.baocao.messaging.Reach;

/**
 * With several campaigns the dispatcher's news of a chat (moved, unreachable) goes to
 * every campaign's listeners: each moves its own committee binding and tells its own
 * admins about its own people.
 */
final class EveryCampaignsChatChanges implements ChatChanges {

	private static final Logger log = LoggerFactory.getLogger(EveryCampaignsChatChanges.class);

	private final Campaigns campaigns;

	EveryCampaignsChatChanges(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public void moved(Channel channel, String from, String to) {
		each(changes -> changes.moved(channel, from, to));
	}

	@Override
	public void unreachable(Channel channel, String chatId, Reach reach) {
		each(changes -> changes.unreachable(channel, chatId, reach));
	}

	private void each(Consumer<ChatChanges> event) {
		for (Campaign campaign : campaigns.all()) {
			try {
				event.accept(campaigns.bean(campaign.id(), ChatChanges.class));
			}
			catch (RuntimeException ex) {
				log.warn("Campaign {} could not take a chat's change", campaign.id(), ex);
			}
		}
	}

}
