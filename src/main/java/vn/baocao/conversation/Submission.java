package vn.baocao.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Timeliness;
import vn.baocao.conversation.DialogState.Filling;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.UserRef;

/**
 * Sending a draft: the last checks, the stored revision, the lead's receipt and the
 * listeners' messages.
 */
final class Submission {

	private final Desk desk;

	private final Texts texts;

	private final Plan plan;

	private final Questions questions;

	private final SubmissionListener listener;

	Submission(Desk desk, Plan plan, Questions questions, SubmissionListener listener) {
		this.desk = desk;
		this.texts = desk.texts();
		this.plan = plan;
		this.questions = questions;
		this.listener = listener;
	}

	Turn submit(Inbound in, Draft draft) {
		List<FieldDef> missing = plan.missingRequired(draft);
		if (!missing.isEmpty()) {
			Draft back = draft.at(new Step.Field(missing.get(0).key()), true).reviewing(true);
			return Turn.of(new Filling(back),
					ReportDialog.reply(in, texts.get("submit.missing", missing.get(0).label())),
					questions.ask(in, back));
		}
		Instant now = desk.calendar().now();
		Timeliness timeliness = desk.calendar().timeliness(draft.day(), now);
		if (timeliness == Timeliness.CLOSED) {
			return Turn.of(new Filling(draft),
					ReportDialog.reply(in, texts.get("submit.closed", draft.day().format(Desk.DAY))));
		}
		Map<String, Value> values = new LinkedHashMap<>(plan.submittedAnswers(draft));
		Optional<DailyReport> existing = desk.reports().find(draft.hamlet(), draft.day());
		int number = existing.map(r -> r.latest().number() + 1).orElse(1);
		Revision revision = new Revision(number, values, in.user().ref(), in.user().shownName(), now, timeliness);
		DailyReport stored = desk.reports().addRevision(draft.hamlet(), draft.day(), revision);
		String name = desk.hamletName(draft.hamlet());
		String key = number == 1 ? (timeliness == Timeliness.LATE ? "submit.late" : "submit.ok") : "submit.revision";
		List<Outbound> replies = new ArrayList<>();
		replies.add(ReportDialog.reply(in, texts.get(key, name, draft.day().format(Desk.DAY), time(now), number)));
		if (draft.mode() == Draft.Mode.NEW && existing.isPresent()) {
			// two leads of one unit reported the same day: the later one is a revision,
			// and
			// both are told whose figures stand
			String day = draft.day().format(Desk.DAY);
			replies.add(ReportDialog.reply(in,
					texts.get("submit.concurrent", existing.get().latest().submittedByName(), name, day, number)));
			Set<UserRef> told = new HashSet<>();
			for (Revision earlier : existing.get().revisions()) {
				UserRef other = earlier.submittedBy();
				if (!other.equals(in.user().ref()) && told.add(other)) {
					replies.add(Outbound.text(other.channel(), desk.roster().privateChatOf(other),
							texts.get("submit.concurrent.other", in.user().shownName(), name, day, number)));
				}
			}
		}
		replies.addAll(listener.submitted(stored, revision));
		return new Turn(new DialogState.Idle(draft.seq() + 1), replies);
	}

	private String time(Instant instant) {
		return desk.calendar().local(instant).format(Desk.TIME);
	}

}
