package vn.baocao.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.CampaignFolder;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.messaging.ChatChanges;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Reach;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * What admins hear when a chat changes under the bot: the committee group moved to a new
 * id (a Telegram group upgraded to a supergroup), so its binding follows it; a person (or
 * the committee group) cannot be written to any more, told once until that person writes
 * again.
 */
@PerCampaign
@Component
final class ChatNotices implements ChatChanges {

	private static final Logger log = LoggerFactory.getLogger(ChatNotices.class);

	private final AdminDesk admin;

	private final BoundCommitteeChats committee;

	private final Roster roster;

	private final People people;

	private final Outbox outbox;

	private final Clock clock;

	private final Texts core = new Texts();

	private final boolean several;

	ChatNotices(AdminDesk admin, BoundCommitteeChats committee, Roster roster, People people, Outbox outbox,
			Clock clock, CampaignFolder folder) {
		this.several = folder.several();
		this.admin = admin;
		this.committee = committee;
		this.roster = roster;
		this.people = people;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public void moved(Channel channel, String from, String to) {
		if (!committee.chatId(channel).filter(from::equals).isPresent()) {
			return;
		}
		committee.bindMoved(channel, to, clock.instant());
		log.info("The committee group on {} moved from {} to {}; the binding follows it", channel.key(), from, to);
		tellAdmins(ch -> admin.text("chat.committee-moved", admin.channelName(channel), to));
	}

	@Override
	public void unreachable(Channel channel, String chatId, Reach reach) {
		String note = core.get(reach.textKey());
		if (committee.isCommittee(channel, chatId)) {
			tellAdmins(ch -> admin.text("chat.committee-unreachable", admin.channelName(channel), note));
			return;
		}
		UserRef person = new UserRef(channel, chatId);
		List<String> hamlets = roster.hamletsLedBy(person).stream().map(admin.desk()::hamletName).toList();
		if (several && hamlets.isEmpty()) {
			// with several campaigns each tells its admins of its own leads only
			return;
		}
		tellAdmins(ch -> hamlets.isEmpty() ? admin.text("chat.person-unreachable", people.label(person, ch), note)
				: admin.text("chat.lead-unreachable", people.label(person, ch), String.join(", ", hamlets), note));
	}

	private void tellAdmins(java.util.function.Function<Channel, String> text) {
		List<Outbound> notes = new ArrayList<>();
		for (Channel channel : Arrays.stream(Channel.values()).filter(outbox::isRunning).toList()) {
			String body = text.apply(channel);
			for (String id : admin.campaign().admins().on(channel)) {
				notes.add(Outbound.text(channel, roster.privateChatOf(new UserRef(channel, id)), body));
			}
		}
		outbox.enqueue(notes);
	}

}
