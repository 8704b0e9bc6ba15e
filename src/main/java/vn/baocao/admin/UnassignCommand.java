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
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/** /unassign, /huyphancong: ends one lead's assignment of a hamlet, or all of them. */
@PerCampaign
@Component
@Order(50)
final class UnassignCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Roster roster;

	private final People people;

	private final LeadChanges changes;

	private final AuditLog audit;

	UnassignCommand(AdminDesk admin, Roster roster, People people, LeadChanges changes, AuditLog audit) {
		this.admin = admin;
		this.roster = roster;
		this.people = people;
		this.changes = changes;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("unassign", "huyphancong");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.unassign");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		if (words.isEmpty() || words.size() > 2) {
			return admin.usage(in, state, "unassign");
		}
		Optional<Unit> found = admin.hamlet(words.get(0));
		if (found.isEmpty()) {
			return admin.unknownHamlet(in, state, words.get(0));
		}
		Unit hamlet = found.get();
		List<UserRef> current = roster.leadsOf(hamlet.code());
		if (current.isEmpty()) {
			return admin.answer(in, state, "unassign.nobody", hamlet.name(), hamlet.code());
		}
		List<UserRef> leaving = words.size() == 1 ? current
				: current.stream().filter(lead -> people.matches(words.get(1), lead)).toList();
		if (leaving.isEmpty()) {
			return admin.answer(in, state, "unassign.not-lead", words.get(1), hamlet.name(),
					people.labels(current, in.channel()));
		}
		String before = people.labels(current, in.channel());
		LeadChanges.Released released = changes.release(in, state, hamlet, leaving);
		List<UserRef> remaining = roster.leadsOf(hamlet.code());
		audit.record(in.user(), command.name(), command.args(), before, people.labels(remaining, in.channel()));
		List<Outbound> replies = new ArrayList<>();
		replies.add(remaining.isEmpty()
				? admin.reply(in, "unassign.done.none-left", hamlet.name(), people.labels(leaving, in.channel()),
						hamlet.code())
				: admin.reply(in, "unassign.done", hamlet.name(), people.labels(leaving, in.channel()),
						people.labels(remaining, in.channel())));
		replies.addAll(released.messages());
		return new Turn(released.stateHere(), replies);
	}

}
