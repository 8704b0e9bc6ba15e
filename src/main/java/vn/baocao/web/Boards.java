package vn.baocao.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.campaign.Unit;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Review;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.report.ViNumber;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.Supervisors;
import vn.baocao.schedule.SummaryService;
import vn.baocao.summary.Consolidator;
import vn.baocao.summary.DailySummary;
import vn.baocao.summary.FieldTotal;
import vn.baocao.summary.HamletDay;
import vn.baocao.summary.HamletRecord;
import vn.baocao.summary.Progress;
import vn.baocao.summary.RatioCheck;
import vn.baocao.web.Board.Line;
import vn.baocao.web.Board.ProgressLine;
import vn.baocao.web.Board.UnitRow;

/**
 * Builds the dashboard of one day from the same sources the summary and /status read: the
 * summary service's consolidated day, the stored reports and excuses, the consolidator's
 * running figures. Nothing here queries the database itself.
 */
@PerCampaign
@Component
class Boards {

	/** Enough of a free text to know what it is about; the unit's page shows it all. */
	private static final int TEXT_SHOWN = 120;

	private final Campaign campaign;

	private final CampaignCalendar calendar;

	private final SummaryService summaries;

	private final Reports reports;

	private final Excuses excuses;

	private final Supervisors supervisors;

	private final Desks desks;

	private final Shown shown;

	private final WebTexts texts;

	private final Consolidator consolidator;

	private final Reviews reviews;

	Boards(Campaign campaign, CampaignCalendar calendar, SummaryService summaries, Reports reports, Excuses excuses,
			Supervisors supervisors, Desks desks, Shown shown, WebTexts texts, Reviews reviews) {
		this.reviews = reviews;
		this.campaign = campaign;
		this.calendar = calendar;
		this.summaries = summaries;
		this.reports = reports;
		this.excuses = excuses;
		this.supervisors = supervisors;
		this.desks = desks;
		this.shown = shown;
		this.texts = texts;
		this.consolidator = new Consolidator(campaign);
	}

	/** Today while the campaign runs; its first day before, its last day after. */
	LocalDate defaultDay() {
		LocalDate today = calendar.today();
		var schedule = campaign.schedule();
		if (today.isBefore(schedule.startDate())) {
			return schedule.startDate();
		}
		return today.isAfter(schedule.endDate()) ? schedule.endDate() : today;
	}

	boolean isCampaignDay(LocalDate day) {
		return calendar.isCampaignDay(day);
	}

	Board of(WebUser user, LocalDate day) {
		boolean admin = desks.isAdmin(user.ref());
		Set<String> visible = desks.unitsOf(user.ref()).stream().map(Unit::code).collect(Collectors.toSet());
		DailySummary summary = summaries.compute(day);
		List<DailyReport> upToDay = reports.between(campaign.schedule().startDate(), day);
		Map<String, DailyReport> ofDay = upToDay.stream()
			.filter(r -> r.day().equals(day))
			.collect(Collectors.toMap(DailyReport::hamletCode, Function.identity()));
		Map<String, HamletRecord> soFar = consolidator
			.between(campaign.schedule().startDate(), day, upToDay, excuses::reasons)
			.units()
			.stream()
			.collect(Collectors.toMap(HamletRecord::code, Function.identity()));
		List<Review> dayReviews = campaign.review() ? reviews.between(day, day) : List.of();
		List<UnitRow> hamlets = rows(summary.hamlets(), visible, ofDay, soFar, dayReviews, false);
		List<UnitRow> organisations = rows(summary.organisations(), visible, ofDay, soFar, dayReviews, true);
		List<UnitRow> all = new ArrayList<>(hamlets);
		all.addAll(organisations);
		return new Board(campaign.name(), day, shown.day(day), day.equals(calendar.today()), days(day), hamlets,
				organisations, counts(hamlets), counts(organisations), campaign.review() ? reviewCounts(all) : null,
				admin ? dayTotals(summary.dayTotals()) : List.of(),
				admin ? progress(summary.runningTotals()) : List.of(), admin ? ratio(summary.dayRatio()) : null,
				admin ? ratio(summary.runningRatio()) : null, admin, shown.time(calendar.now()));
	}

	private List<UnitRow> rows(List<HamletDay> days, Set<String> visible, Map<String, DailyReport> ofDay,
			Map<String, HamletRecord> soFar, List<Review> dayReviews, boolean organisation) {
		List<UnitRow> rows = new ArrayList<>();
		for (HamletDay unit : days) {
			if (visible.contains(unit.code())) {
				rows.add(row(unit, ofDay.get(unit.code()), soFar.get(unit.code()), dayReviews, organisation));
			}
		}
		return rows;
	}

	/**
	 * One unit's report of the day with every revision, if the viewer may see the unit.
	 */
	@Nullable UnitPage unit(WebUser user, String code, LocalDate day) {
		Unit hamlet = desks.unitsOf(user.ref()).stream().filter(h -> h.code().equals(code)).findFirst().orElse(null);
		if (hamlet == null) {
			return null;
		}
		DailyReport report = reports.find(code, day).orElse(null);
		ReportTemplate template = campaign.templateOf(hamlet);
		List<Review> unitReviews = campaign.review() ? reviews.of(code, day) : List.of();
		List<UnitPage.RevisionView> revisions = new ArrayList<>();
		if (report != null) {
			for (Revision revision : report.revisions()) {
				List<String> reviewed = unitReviews.stream()
					.filter(r -> r.revision() == revision.number())
					.map(this::reviewNote)
					.toList();
				revisions.add(new UnitPage.RevisionView(revision.number(), revision.submittedByName(),
						shown.dayTime(revision.submittedAt()),
						texts.get("timeliness." + revision.timeliness().name().toLowerCase(Locale.ROOT)),
						figures(template, revision.values(), Integer.MAX_VALUE), reviewed));
			}
		}
		String review = report == null || !campaign.review() ? null
				: texts.get(ReviewState.of(report, unitReviews).textKey());
		String excuse = excuses.find(code, day)
			.map(e -> e.reason().isBlank() ? texts.get("state.excused") : e.reason())
			.orElse(null);
		return new UnitPage(campaign.name(), hamlet.code(), hamlet.name(), day, shown.day(day), revisions, excuse,
				supervisors.namesOf(code), review);
	}

	private UnitRow row(HamletDay unit, @Nullable DailyReport report, @Nullable HamletRecord record,
			List<Review> dayReviews, boolean organisation) {
		String state = unit.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String sender = report == null ? null : report.first().submittedByName();
		String sentAt = unit.reportedAt() == null ? null : shown.time(unit.reportedAt());
		List<Line> figures = report == null ? List.of()
				: figures(campaign.templateOf(unit.code()), report.latest().values(), TEXT_SHOWN);
		List<ProgressLine> progress = record == null ? List.of() : progress(record.progress());
		ReviewState review = unit.review();
		String reviewKey = review == null ? null : review.name().toLowerCase(Locale.ROOT);
		String reviewText = review == null ? null : texts.get(review.textKey());
		Optional<Review> latest = report == null || review == null ? Optional.empty()
				: ReviewState.latest(report, dayReviews);
		return new UnitRow(unit.code(), unit.name(), organisation, state, texts.get("state." + state), sender, sentAt,
				report == null ? 0 : report.revisions().size(), figures, progress, ratio(unit.ratio()), unit.excuse(),
				supervisors.namesOf(unit.code()), reviewKey, reviewText, latest.map(this::reviewer).orElse(null));
	}

	/** "Hồng lúc 14:10", or with a return's reason: "Hồng lúc 14:10: thiếu số liệu". */
	private String reviewer(Review review) {
		String reason = review.reason();
		return reason == null || reason.isBlank()
				? texts.get("review.by", review.reviewerName(), shown.time(review.at()))
				: texts.get("review.by.reason", review.reviewerName(), shown.time(review.at()), reason.strip());
	}

	/** "đã duyệt (Hồng lúc 14:10)", "cần bổ sung (Hồng lúc 14:10: thiếu số liệu)". */
	private String reviewNote(Review review) {
		return texts.get("review.note", texts.get(review.state().textKey()), reviewer(review));
	}

	private static Board.ReviewCounts reviewCounts(List<UnitRow> units) {
		int waiting = 0;
		int accepted = 0;
		int returned = 0;
		for (UnitRow unit : units) {
			if (unit.review() == null) {
				continue;
			}
			switch (unit.review()) {
				case "accepted" -> accepted++;
				case "returned" -> returned++;
				default -> waiting++;
			}
		}
		return new Board.ReviewCounts(waiting, accepted, returned);
	}

	private List<Line> figures(ReportTemplate template, Map<String, Value> values, int textLimit) {
		List<Line> lines = new ArrayList<>();
		for (FieldDef field : template.fields()) {
			Value value = values.get(field.key());
			if (value != null) {
				String text = shown.value(field, value);
				if (text.length() > textLimit) {
					text = text.substring(0, textLimit).strip() + "…";
				}
				lines.add(new Line(field.label(), text));
			}
		}
		return lines;
	}

	private List<Line> dayTotals(List<FieldTotal> totals) {
		return totals.stream().map(t -> new Line(t.field().label(), shown.number(t.amount(), t.field()))).toList();
	}

	private List<ProgressLine> progress(List<Progress> progress) {
		return progress.stream().filter(p -> p.target() != null).map(this::progressLine).toList();
	}

	private ProgressLine progressLine(Progress p) {
		BigDecimal percent = p.percent().orElse(BigDecimal.ZERO);
		String target = p.target() == null ? "" : shown.number(p.target(), p.field());
		return new ProgressLine(p.field().label(), shown.number(p.done(), p.field()), target,
				ViNumber.format(percent) + "%", Math.min(100, percent.intValue()));
	}

	private @Nullable String ratio(@Nullable RatioCheck check) {
		if (check == null) {
			return null;
		}
		if (!check.hasData()) {
			return texts.get("ratio.no-data");
		}
		String perLeft = check.rightPerLeft().map(ViNumber::format).orElse("—");
		return texts.get(check.met() ? "ratio.met" : "ratio.not-met", ViNumber.format(check.left()),
				ViNumber.format(check.right()), perLeft);
	}

	private static Board.Counts counts(List<UnitRow> units) {
		int onTime = 0;
		int late = 0;
		int missing = 0;
		int excused = 0;
		for (UnitRow unit : units) {
			switch (unit.state()) {
				case "on-time" -> onTime++;
				case "late" -> late++;
				case "excused" -> excused++;
				default -> missing++;
			}
		}
		return new Board.Counts(units.size(), onTime, late, missing, excused);
	}

	private List<Board.DayOption> days(LocalDate selected) {
		return calendar.days()
			.stream()
			.map(d -> new Board.DayOption(d.toString(), shown.day(d), d.equals(selected)))
			.toList();
	}

}
