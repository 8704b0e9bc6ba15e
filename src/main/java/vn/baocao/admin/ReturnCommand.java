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
 * /return &lt;code&gt; [dd/MM] &lt;lý do&gt;, /yeucausua: the report is sent back
 * ({@code cần bổ sung}) and the unit's leads are told privately with the reason and how
 * to amend it. Without a reason (the digest's "Yêu cầu bổ sung" button) the bot asks for
 * one and the next line typed completes the command.
 */
@PerCampaign
@Component
@Order(61)
final class ReturnCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Reviewing reviewing;

	ReturnCommand(AdminDesk admin, Reviewing reviewing) {
		this.admin = admin;
		this.reviewing = reviewing;
	}

	@Override
	public List<String> names() {
		return List.of("return", "yeucausua");
	}

	@Override
	public Access access() {
		return Access.ANYONE;
	}

	@Override
	public String description() {
		return admin.text("help.return");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		List<String> rest = new ArrayList<>();
		Reviewing.Target target = reviewing.target(in, state, "return", words, rest);
		if (target instanceof Refused refused) {
			return refused.answer();
		}
		Found found = (Found) target;
		String name = found.unit().name();
		String day = admin.day(found.report().day());
		int revision = found.report().latest().number();
		String reason = String.join(" ", rest).strip();
		if (reason.isEmpty()) {
			if (!in.isPrivate()) {
				return admin.usage(in, state, "return");
			}
			String args = found.unit().code() + " " + found.report().day().format(AdminDesk.DAY_MONTH);
			return Turn.of(new DialogState.AwaitingText("return", args, state.seq() + 1),
					admin.reply(in, "review.ask-reason", name, day, revision));
		}
		if (reason.length() > Reviewing.MAX_REASON) {
			return admin.answer(in, state, "review.reason-too-long", Reviewing.MAX_REASON);
		}
		if (found.state() == ReviewState.RETURNED) {
			return admin.answer(in, state, "review.already-returned", name, day, revision);
		}
		reviewing.record(in, command, found, ReviewState.RETURNED, reason);
		boolean today = found.report().day().equals(admin.calendar().today());
		List<Outbound> toLeads = reviewing.toLeads(found.unit(),
				admin.text(today ? "review.returned.lead" : "review.returned.lead.past", name, day, revision,
						in.user().shownName(), reason));
		List<Outbound> replies = new ArrayList<>();
		replies.add(toLeads.isEmpty() ? admin.reply(in, "review.returned.no-lead", name, day, found.unit().code())
				: admin.reply(in, "review.done.returned", name, day, revision, reason));
		replies.addAll(toLeads);
		return new Turn(state, replies);
	}

}
