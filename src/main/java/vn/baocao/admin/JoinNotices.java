package vn.baocao.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.JoinListener;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Invites.Invite;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * When someone joins with an invitation code, every admin hears of it privately (on each
 * running channel) and the join goes into the audit log, since it changed a hamlet's
 * leads, or which accounts hear of a hamlet as its supervisor.
 */
@PerCampaign
@Component
final class JoinNotices implements JoinListener {

	private final AdminDesk admin;

	private final Roster roster;

	private final People people;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Supervisors supervisors;

	private final SupervisorChanges supervisorChanges;

	JoinNotices(AdminDesk admin, Roster roster, People people, Outbox outbox, AuditLog audit, Supervisors supervisors,
			SupervisorChanges supervisorChanges) {
		this.admin = admin;
		this.roster = roster;
		this.people = people;
		this.outbox = outbox;
		this.audit = audit;
		this.supervisors = supervisors;
		this.supervisorChanges = supervisorChanges;
	}

	@Override
	public List<Outbound> joined(Invite invite, ChatUser user) {
		if (invite.role() == Invite.Role.SUPERVISOR) {
			return supervisorJoined(invite, user);
		}
		String hamlet = admin.desk().hamletName(invite.hamletCode());
		String code = InviteCommand.masked(invite.code());
		List<UserRef> leads = roster.leadsOf(invite.hamletCode());
		Channel home = user.ref().channel();
		List<UserRef> before = leads.stream().filter(ref -> !ref.equals(user.ref())).toList();
		audit.record(user, "start", code, people.labels(before, home), people.labels(leads, home));
		List<Outbound> notes = new ArrayList<>();
		for (Channel channel : running()) {
			String text = admin.text("join.lead", people.label(user.ref(), channel), code, hamlet,
					people.labels(leads, channel));
			notes.addAll(toAdmins(channel, text));
		}
		return notes;
	}

	/**
	 * A supervisor's other account joined with their code: it now hears of every hamlet
	 * they oversee, under their name. The redeemer is told which hamlets when there are
	 * several (the welcome names only the code's own).
	 */
	private List<Outbound> supervisorJoined(Invite invite, ChatUser user) {
		String code = InviteCommand.masked(invite.code());
		List<String> codes = supervisors.hamletsOf(user.ref());
		String hamlets = codes.stream().map(admin.desk()::hamletName).collect(Collectors.joining(", "));
		String name = supervisorChanges.personOf(invite.hamletCode(), user.ref())
			.map(Supervisors.Person::name)
			.orElse(user.shownName());
		audit.record(user, "start", code, admin.text("audit.none"),
				supervisorChanges.text("audit.linked", hamlets, name));
		List<Outbound> notes = new ArrayList<>();
		if (codes.size() > 1) {
			notes.add(supervisorChanges.privately(user.ref(),
					supervisorChanges.text("join.supervisor.hamlets", hamlets)));
		}
		for (Channel channel : running()) {
			String text = supervisorChanges.text("join.supervisor", people.label(user.ref(), channel), code, hamlets,
					name);
			notes.addAll(toAdmins(channel, text));
		}
		return notes;
	}

	private List<Channel> running() {
		return Arrays.stream(Channel.values()).filter(outbox::isRunning).toList();
	}

	private List<Outbound> toAdmins(Channel channel, String text) {
		return admin.campaign()
			.admins()
			.on(channel)
			.stream()
			.map(id -> Outbound.text(channel, roster.privateChatOf(new UserRef(channel, id)), text))
			.toList();
	}

}
