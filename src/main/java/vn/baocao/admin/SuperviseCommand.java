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
import vn.baocao.roster.Supervisors.Supervision;
import vn.baocao.roster.Supervisors;

/**
 * /supervise &lt;hamlet&gt; &lt;user&gt;, /phutrach: the user becomes a supervisor of the
 * hamlet, beside any others. An account stands for the plan's supervisor of the hamlet
 * while the campaign file names one that has no account yet, which is how the plan's
 * names get their chat accounts. Without arguments: every hamlet's supervisors.
 */
@PerCampaign
@Component
@Order(55)
final class SuperviseCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Supervisors supervisors;

	private final People people;

	private final SupervisorChanges changes;

	private final AuditLog audit;

	SuperviseCommand(AdminDesk admin, Supervisors supervisors, People people, SupervisorChanges changes,
			AuditLog audit) {
		this.admin = admin;
		this.supervisors = supervisors;
		this.people = people;
		this.changes = changes;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("supervise", "phutrach");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return changes.text("help.supervise");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		if (words.isEmpty()) {
			return admin.say(in, state, list(in));
		}
		if (words.size() != 2) {
			return admin.say(in, state, changes.text("usage.supervise"));
		}
		Optional<Unit> found = admin.hamlet(words.get(0));
		if (found.isEmpty()) {
			return admin.unknownHamlet(in, state, words.get(0));
		}
		Unit hamlet = found.get();
		Optional<ChatUser> target = people.known(words.get(1), in.channel());
		if (target.isEmpty()) {
			return admin.say(in, state,
					changes.text("supervise.unknown-user", words.get(1), admin.channelName(in.channel())));
		}
		String who = people.label(target.get().ref(), in.channel());
		String before = changes.labels(hamlet.code(), in.channel());
		Optional<Supervision> added = supervisors.add(hamlet.code(), target.get(), "admin:" + in.user().ref(),
				admin.calendar().now());
		if (added.isEmpty()) {
			return admin.say(in, state, changes.text("supervise.already", who, hamlet.name()));
		}
		String after = changes.labels(hamlet.code(), in.channel());
		audit.record(in.user(), command.name(), command.args(), changes.text("audit.supervisors", before),
				changes.text("audit.supervisors", after));
		String name = added.get().name();
		String asNamed = name.equals(target.get().shownName()) ? "" : changes.text("supervise.as-named", name);
		return Turn.of(state,
				Outbound.text(in.channel(), in.chatId(),
						changes.text("supervise.done", who, hamlet.name(), asNamed, after)),
				changes.greet(target.get(), hamlet));
	}

	private String list(Inbound in) {
		List<String> lines = new ArrayList<>();
		lines.add(changes.text("supervise.list.title"));
		int n = 0;
		for (Unit hamlet : admin.campaign().units()) {
			n++;
			lines.add(changes.text("supervise.list.line", n, hamlet.name(), hamlet.code(),
					changes.labels(hamlet.code(), in.channel())));
		}
		lines.add(changes.text("supervise.list.hint"));
		return String.join("\n", lines);
	}

}
