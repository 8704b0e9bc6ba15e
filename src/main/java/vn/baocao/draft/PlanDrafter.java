package vn.baocao.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.baocao.messaging.Texts;

/**
 * Reads a plan with each reader in turn, then writes the draft section by section.
 */
final class PlanDrafter {

	private static final Pattern HAMLET_COUNT = Pattern.compile(
			"(?:đồng\\s+loạt|cả|tại|toàn\\s+bộ)\\s+(\\d{1,2})\\s+(?:ấp|thôn|xóm|bản|khu\\s+phố)(?![\\p{L}])|(\\d{1,2})/(\\d{1,2})\\s+(?:ấp|thôn|xóm|bản|khu\\s+phố)(?![\\p{L}])");

	private final Texts texts;

	private final ReportSection report = new ReportSection();

	PlanDrafter(Texts texts) {
		this.texts = texts;
	}

	/** The draft and its TODOs, for standard error. */
	record Draft(String yaml, List<String> problems, int hamlets) {
	}

	Draft draft(PlanText plan) {
		PlanReading reading = new PlanReading(plan);
		TargetReader targets = new TargetReader(texts);
		targets.readHamlets(reading);
		if (reading.hamlets.isEmpty()) {
			throw new NotAPlanException(texts.get("draft.input.not-a-plan", plan.source()));
		}
		new HeaderReader(texts).read(reading);
		new ScheduleReader(texts).read(reading);
		targets.readTargets(reading);
		new CommitteeReader(texts).read(reading);
		new DocumentReader().read(reading);
		new OrganisationReader().read(reading);
		hamletCount(reading);
		DraftOut out = new DraftOut(texts, plan);
		out.comment("", texts.get("draft.comment.header1", plan.source()));
		out.comment("", texts.get("draft.comment.header2", plan.lineWord()));
		out.comment("", texts.get("draft.comment.header3"));
		for (DraftSection section : sections()) {
			out.blank();
			section.write(reading, out);
		}
		return new Draft(out.yaml(), out.problems(), reading.hamlets.size());
	}

	/**
	 * The parts of the campaign file, in the order written. To draft a new part, add its
	 * section here (and the reader that finds its facts to {@link #draft}).
	 */
	List<DraftSection> sections() {
		List<String> fields = report.fieldKeys();
		return List.of(new CampaignSection(), new CommitteeSection(), new HamletsSection(fields),
				new OrganisationsSection(), new TemplatesSection(), report, new RatioSection(),
				new TotalsSection(fields), new DocumentSection(), new PhraseTableSection());
	}

	/** "đồng loạt 8 ấp", "8/8 ấp": does the plan count as many hamlets as it lists? */
	private void hamletCount(PlanReading reading) {
		PlanText plan = reading.plan;
		for (int n = 1; n <= plan.size(); n++) {
			Matcher m = HAMLET_COUNT.matcher(Fold.lower(plan.line(n)));
			while (m.find()) {
				int stated = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
				if (stated != reading.hamlets.size()) {
					reading.todo(Todo.CAMPAIGN, texts.get("draft.todo.hamlet-count", String.valueOf(stated),
							String.valueOf(reading.hamlets.size())), Quote.of(plan, n, m.start(), m.end()));
					return;
				}
			}
		}
	}

}
