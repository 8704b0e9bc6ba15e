package vn.baocao.schedule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.messaging.Outbox;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * Who gets the summaries: the committee chat of every running channel that has one, and
 * each committee member privately; the final report also each admin privately.
 */
@PerCampaign
@Component
class SummaryRecipients {

	private final Campaign campaign;

	private final CommitteeChats committee;

	private final Outbox outbox;

	private final Roster roster;

	SummaryRecipients(Campaign campaign, CommitteeChats committee, Outbox outbox, Roster roster) {
		this.campaign = campaign;
		this.committee = committee;
		this.outbox = outbox;
		this.roster = roster;
	}

	/** The committee chats and the members' private chats. */
	List<SummaryService.Recipient> committee() {
		return collect(false);
	}

	/** The committee's, then every admin's private chat not already among them. */
	List<SummaryService.Recipient> committeeAndAdmins() {
		return collect(true);
	}

	private List<SummaryService.Recipient> collect(boolean admins) {
		Set<SummaryService.Recipient> recipients = new LinkedHashSet<>();
		for (Channel channel : Channel.values()) {
			if (!outbox.isRunning(channel)) {
				continue;
			}
			committee.chatId(channel)
				.ifPresent(chat -> recipients.add(new SummaryService.Recipient(channel, chat, true)));
			for (String member : campaign.committee().members().on(channel)) {
				recipients.add(privately(channel, member));
			}
		}
		if (admins) {
			for (Channel channel : Channel.values()) {
				if (outbox.isRunning(channel)) {
					for (String admin : campaign.admins().on(channel)) {
						recipients.add(privately(channel, admin));
					}
				}
			}
		}
		return List.copyOf(recipients);
	}

	private SummaryService.Recipient privately(Channel channel, String user) {
		return new SummaryService.Recipient(channel, roster.privateChatOf(new UserRef(channel, user)), false);
	}

}
