package vn.baocao.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * /assign, /phancong: the user becomes the hamlet's only lead (a reassignment). The
 * person must have talked to the bot already, so that the bot can reach them; otherwise
 * an invitation is the way.
 */
@PerCampaign
@Component
@Order(40)
final class AssignCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Roster roster;

	private final People people;

	private final LeadChanges changes;

	private final AuditLog audit;

	AssignCommand(AdminDesk admin, Roster roster, People people, LeadChanges changes, AuditLog audit) {
		this.admin = admin;
		this.roster = roster;
		this.people = people;
		this.changes = changes;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("assign", "phancong");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.assign");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		if (words.size() != 2) {
			return admin.usage(in, state, "assign");
		}
		Optional<Unit> found = admin.hamlet(words.get(0));
		if (found.isEmpty()) {
			return admin.unknownHamlet(in, state, words.get(0));
		}
		Unit hamlet = found.get();
		Optional<ChatUser> target = people.known(words.get(1), in.channel());
		if (target.isEmpty()) {
			return admin.answer(in, state, "assign.unknown-user", words.get(1), admin.channelName(in.channel()),
					hamlet.code());
		}
		UserRef newLead = target.get().ref();
		List<UserRef> current = roster.leadsOf(hamlet.code());
		if (current.equals(List.of(newLead))) {
			return admin.answer(in, state, "assign.already", people.label(newLead, in.channel()), hamlet.name());
		}
		String before = people.labels(current, in.channel());
		List<UserRef> leaving = current.stream().filter(lead -> !lead.equals(newLead)).toList();
		LeadChanges.Released released = changes.release(in, state, hamlet, leaving);
		List<Outbound> messages = new ArrayList<>();
		if (!current.contains(newLead)) {
			roster.addLead(hamlet.code(), newLead, "admin:" + in.user().ref(), admin.calendar().now());
			messages.add(changes.greet(target.get(), hamlet));
		}
		String after = people.labels(roster.leadsOf(hamlet.code()), in.channel());
		audit.record(in.user(), command.name(), command.args(), before, after);
		List<Outbound> replies = new ArrayList<>();
		replies
			.add(leaving.isEmpty() ? admin.reply(in, "assign.done", hamlet.name(), people.label(newLead, in.channel()))
					: admin.reply(in, "assign.done.replacing", hamlet.name(), people.label(newLead, in.channel()),
							people.labels(leaving, in.channel())));
		replies.addAll(released.messages());
		replies.addAll(messages);
		return new Turn(released.stateHere(), replies);
	}

}
