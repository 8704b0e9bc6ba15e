package vn.baocao.document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PlanLint;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.Consolidator;

/**
 * Computes the report's content, without side effects, from the stored reports of the
 * campaign's first day up to {@code lastDay}; every figure comes from the summary's
 * {@link Consolidator}, so the document never says other than the summaries.
 */
final class SoKetBuilder {

	private final Campaign campaign;

	private final Consolidator consolidator;

	private final Notes notes;

	private final Assessment assessment;

	private final Commendations commendations;

	SoKetBuilder(Campaign campaign, Texts texts) {
		this.campaign = campaign;
		this.consolidator = new Consolidator(campaign);
		this.notes = new Notes(campaign.report());
		this.assessment = new Assessment(texts);
		this.commendations = new Commendations(campaign.document().commendation());
	}

	/**
	 * @param lastDay the last campaign day the report covers
	 * @param issued the day the document is dated
	 * @param reports the stored reports (any days; those in range count)
	 * @param excused who was excused on a day
	 * @param photos the photos chosen for section IV
	 * @param photosNotKept how many photos sent in range could not be kept
	 */
	SoKet build(LocalDate lastDay, LocalDate issued, List<DailyReport> reports,
			Function<LocalDate, Map<String, String>> excused, List<SoKet.PhotoShown> photos, int photosNotKept) {
		LocalDate first = campaign.schedule().startDate();
		CampaignReport figures = consolidator.between(first, lastDay, reports, excused);
		boolean finalReport = !lastDay.isBefore(campaign.schedule().endDate());
		int campaignDays = (int) ChronoUnit.DAYS.between(first, campaign.schedule().endDate()) + 1;
		List<DailyReport> inRange = reports.stream()
			.filter(r -> !r.day().isBefore(first) && !r.day().isAfter(lastDay))
			.toList();
		List<PlanLint.Disagreement> stated = PlanLint.disagreements(campaign);
		return new SoKet(finalReport, issued, figures, stated, notes.of(figures.hamlets(), inRange),
				assessment.of(figures, campaignDays, finalReport), commendations.proposals(figures.hamlets()), photos,
				photosNotKept);
	}

}
