package vn.baocao.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.admin.Reviewing.Found;
import vn.baocao.admin.Reviewing.Refused;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.ReviewState;

/**
 * /accept &lt;code&gt; [dd/MM], /duyet: a supervisor of the unit or an admin accepts the
 * latest revision of its report ({@code đã duyệt}); the unit's leads are told.
 */
@PerCampaign
@Component
@Order(60)
final class AcceptCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Reviewing reviewing;

	AcceptCommand(AdminDesk admin, Reviewing reviewing) {
		this.admin = admin;
		this.reviewing = reviewing;
	}

	@Override
	public List<String> names() {
		return List.of("accept", "duyet");
	}

	@Override
	public Access access() {
		// supervisors review from their private chat, admins from anywhere admin commands
		// work
		return Access.ANYONE;
	}

	@Override
	public String description() {
		return admin.text("help.accept");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		List<String> rest = new ArrayList<>();
		Reviewing.Target target = reviewing.target(in, state, "accept", words, rest);
		if (target instanceof Refused refused) {
			return refused.answer();
		}
		Found found = (Found) target;
		if (!rest.isEmpty()) {
			return admin.usage(in, state, "accept");
		}
		String name = found.unit().name();
		String day = admin.day(found.report().day());
		int revision = found.report().latest().number();
		if (found.state() == ReviewState.ACCEPTED) {
			return admin.answer(in, state, "review.already-accepted", name, day, revision);
		}
		reviewing.record(in, command, found, ReviewState.ACCEPTED, null);
		List<Outbound> replies = new ArrayList<>();
		replies.add(admin.reply(in, "review.done.accepted", name, day, revision));
		replies.addAll(reviewing.toLeads(found.unit(),
				admin.text("review.accepted.lead", name, day, revision, in.user().shownName())));
		return new Turn(state, replies);
	}

}
