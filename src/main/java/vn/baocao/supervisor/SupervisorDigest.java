package vn.baocao.supervisor;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Timeliness;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.SubmissionListener;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.roster.UserRef;

/**
 * Each report a supervised hamlet sends, and each later revision, goes to its supervisors
 * as a short private digest: the figures (with the share of the hamlet's targets) for a
 * first report, what changed for a revision. Called inside the submission's transaction,
 * so a digest is queued exactly when the report is stored. The campaign file's
 * {@code notifications.supervisor-digest: false} turns it off.
 *
 * <p>
 * A scanned component, so the core's default listener (which tells nobody) steps aside.
 */
@PerCampaign
@Component
final class SupervisorDigest implements SubmissionListener {

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

	private final Campaign campaign;

	private final Recipients recipients;

	private final Figures figures;

	private final SupervisorTexts texts;

	SupervisorDigest(Campaign campaign, Recipients recipients, Figures figures, SupervisorTexts texts) {
		this.campaign = campaign;
		this.recipients = recipients;
		this.figures = figures;
		this.texts = texts;
	}

	@Override
	public List<Outbound> submitted(DailyReport report, Revision revision) {
		if (!campaign.notifications().supervisorDigest()) {
			return List.of();
		}
		Unit hamlet = campaign.unit(report.hamletCode()).orElse(null);
		if (hamlet == null) {
			return List.of();
		}
		List<UserRef> accounts = recipients.of(hamlet.code())
			.stream()
			.filter(account -> !account.equals(revision.submittedBy()))
			.toList();
		if (accounts.isEmpty()) {
			return List.of();
		}
		String text = revision.number() == 1 ? first(hamlet, report, revision) : revised(hamlet, report, revision);
		if (!campaign.review()) {
			return accounts.stream().map(account -> recipients.message(account, text)).toList();
		}
		// review buttons: each stands for the command, so a typed command does the same
		String day = report.day().format(DAY_MONTH);
		String reviewed = text + "\n" + texts.get("digest.review", hamlet.code(), day);
		List<Option> options = List.of(new Option(texts.get("digest.accept"), "/accept " + hamlet.code() + " " + day),
				new Option(texts.get("digest.return"), "/return " + hamlet.code() + " " + day));
		return accounts.stream().map(account -> recipients.message(account, reviewed, options)).toList();
	}

	private String first(Unit hamlet, DailyReport report, Revision revision) {
		List<String> lines = new ArrayList<>();
		String timeliness = texts.get(revision.timeliness() == Timeliness.LATE ? "digest.late" : "digest.on_time");
		lines.add(texts.get("digest.first", hamlet.name(), texts.day(report.day()), texts.time(revision.submittedAt()),
				revision.submittedByName(), timeliness));
		List<String> figureLines = figures.lines(hamlet, revision.values());
		lines.addAll(figureLines.isEmpty() ? List.of(texts.get("figure.none")) : figureLines);
		return String.join("\n", lines);
	}

	private String revised(Unit hamlet, DailyReport report, Revision revision) {
		Revision before = report.revisions()
			.stream()
			.filter(r -> r.number() == revision.number() - 1)
			.findFirst()
			.orElse(report.first());
		List<String> lines = new ArrayList<>();
		lines.add(texts.get("digest.revision", hamlet.name(), texts.day(report.day()),
				texts.time(revision.submittedAt()), revision.submittedByName(), revision.number() - 1));
		List<String> changes = figures.changes(hamlet, before.values(), revision.values());
		lines.addAll(changes.isEmpty() ? List.of(texts.get("digest.no-change")) : changes);
		return String.join("\n", lines);
	}

}
