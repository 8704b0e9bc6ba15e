package vn.baocao.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.JoinListener;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Invites.Invite;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * When someone joins with an invitation code, every admin hears of it privately (on each
 * running channel) and the join goes into the audit log, since it changed a hamlet's
 * leads.
 */
@Component
final class JoinNotices implements JoinListener {

	private final AdminDesk admin;

	private final Roster roster;

	private final People people;

	private final Outbox outbox;

	private final AuditLog audit;

	JoinNotices(AdminDesk admin, Roster roster, People people, Outbox outbox, AuditLog audit) {
		this.admin = admin;
		this.roster = roster;
		this.people = people;
		this.outbox = outbox;
		this.audit = audit;
	}

	@Override
	public List<Outbound> joined(Invite invite, ChatUser user) {
		String hamlet = admin.desk().hamletName(invite.hamletCode());
		String code = InviteCommand.masked(invite.code());
		boolean lead = invite.role() == Invite.Role.LEAD;
		List<UserRef> leads = roster.leadsOf(invite.hamletCode());
		Channel home = user.ref().channel();
		if (lead) {
			List<UserRef> before = leads.stream().filter(ref -> !ref.equals(user.ref())).toList();
			audit.record(user, "start", code, people.labels(before, home), people.labels(leads, home));
		}
		List<Outbound> notes = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			if (!outbox.isRunning(channel)) {
				continue;
			}
			String text = lead
					? admin.text("join.lead", people.label(user.ref(), channel), code, hamlet,
							people.labels(leads, channel))
					: admin.text("join.supervisor", people.label(user.ref(), channel), code, hamlet);
			for (String adminId : admin.campaign().admins().on(channel)) {
				notes.add(Outbound.text(channel, roster.privateChatOf(new UserRef(channel, adminId)), text));
			}
		}
		return notes;
	}

}
