package vn.baocao.document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PlanLint;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.Consolidator;
import vn.baocao.summary.HamletRecord;

/**
 * Computes the report's content, without side effects, from the stored reports of the
 * campaign's first day up to {@code lastDay}; every figure comes from the summary's
 * {@link Consolidator}, so the document never says other than the summaries. Every unit
 * counts, the hamlets first, then the organisations.
 */
final class SoKetBuilder {

	private final Campaign campaign;

	private final Consolidator consolidator;

	private final UnitResults results;

	private final Notes notes;

	private final Assessment assessment;

	private final Commendations commendations;

	SoKetBuilder(Campaign campaign, Texts texts) {
		this.campaign = campaign;
		this.consolidator = new Consolidator(campaign);
		this.results = new UnitResults(campaign, texts);
		this.notes = new Notes(campaign);
		this.assessment = new Assessment(texts);
		this.commendations = new Commendations(campaign.document().commendation());
	}

	/** The same without review states: no review tally in the document. */
	SoKet build(LocalDate lastDay, LocalDate issued, List<DailyReport> reports,
			Function<LocalDate, Map<String, String>> excused, List<SoKet.PhotoShown> photos, int photosNotKept) {
		return build(lastDay, issued, reports, excused, null, photos, photosNotKept);
	}

	/**
	 * @param lastDay the last campaign day the report covers
	 * @param issued the day the document is dated
	 * @param reports the stored reports (any days; those in range count)
	 * @param excused who was excused on a day
	 * @param reviews each report's review state keyed by {@link Reviews#key}, a report
	 * without one waiting; null (or a campaign with {@code review: off}): no tally
	 * @param photos the photos chosen for section IV
	 * @param photosNotKept how many photos sent in range could not be kept
	 */
	SoKet build(LocalDate lastDay, LocalDate issued, List<DailyReport> reports,
			Function<LocalDate, Map<String, String>> excused, @Nullable Map<String, ReviewState> reviews,
			List<SoKet.PhotoShown> photos, int photosNotKept) {
		LocalDate first = campaign.schedule().startDate();
		CampaignReport figures = consolidator.between(first, lastDay, reports, excused);
		boolean finalReport = !lastDay.isBefore(campaign.schedule().endDate());
		int campaignDays = (int) ChronoUnit.DAYS.between(first, campaign.schedule().endDate()) + 1;
		List<DailyReport> inRange = reports.stream()
			.filter(r -> !r.day().isBefore(first) && !r.day().isAfter(lastDay))
			.toList();
		List<PlanLint.Disagreement> stated = PlanLint.disagreements(campaign);
		List<SoKet.UnitReview> tally = reviews == null || !campaign.review() ? List.of()
				: tally(figures.units(), inRange, reviews);
		return new SoKet(finalReport, issued, figures, stated, results.of(inRange), tally,
				notes.of(figures.units(), inRange), assessment.of(figures, campaignDays, finalReport),
				commendations.proposals(figures.units()), photos, photosNotKept);
	}

	private static List<SoKet.UnitReview> tally(List<HamletRecord> units, List<DailyReport> reports,
			Map<String, ReviewState> reviews) {
		List<SoKet.UnitReview> tally = new ArrayList<>();
		for (HamletRecord unit : units) {
			int[] byState = new int[ReviewState.values().length];
			reports.stream()
				.filter(r -> r.hamletCode().equals(unit.code()))
				.forEach(r -> byState[reviews.getOrDefault(Reviews.key(r.hamletCode(), r.day()), ReviewState.WAITING)
					.ordinal()]++);
			tally.add(new SoKet.UnitReview(unit.name(), byState[ReviewState.ACCEPTED.ordinal()],
					byState[ReviewState.WAITING.ordinal()], byState[ReviewState.RETURNED.ordinal()]));
		}
		return tally;
	}

}
