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
import vn.baocao.roster.Supervisors.Person;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * /unsupervise &lt;hamlet&gt; &lt;user&gt;, /huyphutrach: ends one account's supervision
 * of the hamlet. A supervisor the campaign file names whose account is ended is not shown
 * again (as with leads, the file applies once); to restore them, /supervise again.
 */
@PerCampaign
@Component
@Order(56)
final class UnsuperviseCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Supervisors supervisors;

	private final People people;

	private final SupervisorChanges changes;

	private final AuditLog audit;

	UnsuperviseCommand(AdminDesk admin, Supervisors supervisors, People people, SupervisorChanges changes,
			AuditLog audit) {
		this.admin = admin;
		this.supervisors = supervisors;
		this.people = people;
		this.changes = changes;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("unsupervise", "huyphutrach");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return changes.text("help.unsupervise");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		if (words.size() != 2) {
			return admin.say(in, state, changes.text("usage.unsupervise"));
		}
		Optional<Unit> found = admin.hamlet(words.get(0));
		if (found.isEmpty()) {
			return admin.unknownHamlet(in, state, words.get(0));
		}
		Unit hamlet = found.get();
		String before = changes.labels(hamlet.code(), in.channel());
		List<UserRef> leaving = supervisors.of(hamlet.code())
			.stream()
			.map(Person::accounts)
			.flatMap(List::stream)
			.filter(account -> people.matches(words.get(1), account))
			.toList();
		if (leaving.isEmpty()) {
			return admin.say(in, state,
					changes.text("unsupervise.not-supervisor", words.get(1), hamlet.name(), before));
		}
		List<Outbound> replies = new ArrayList<>();
		for (UserRef account : leaving) {
			supervisors.end(hamlet.code(), account, admin.calendar().now());
		}
		String after = changes.labels(hamlet.code(), in.channel());
		audit.record(in.user(), command.name(), command.args(), changes.text("audit.supervisors", before),
				changes.text("audit.supervisors", after));
		replies.add(Outbound.text(in.channel(), in.chatId(),
				changes.text("unsupervise.done", people.labels(leaving, in.channel()), hamlet.name(), after)));
		leaving.forEach(account -> replies.add(changes.released(account, hamlet)));
		return new Turn(state, replies);
	}

}
