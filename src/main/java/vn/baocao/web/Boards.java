package vn.baocao.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Hamlet;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
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

	Boards(Campaign campaign, CampaignCalendar calendar, SummaryService summaries, Reports reports, Excuses excuses,
			Supervisors supervisors, Desks desks, Shown shown, WebTexts texts) {
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
		Set<String> visible = desks.unitsOf(user.ref()).stream().map(Hamlet::code).collect(Collectors.toSet());
		DailySummary summary = summaries.compute(day);
		List<DailyReport> upToDay = reports.between(campaign.schedule().startDate(), day);
		Map<String, DailyReport> ofDay = upToDay.stream()
			.filter(r -> r.day().equals(day))
			.collect(Collectors.toMap(DailyReport::hamletCode, Function.identity()));
		Map<String, HamletRecord> soFar = consolidator
			.between(campaign.schedule().startDate(), day, upToDay, excuses::reasons)
			.hamlets()
			.stream()
			.collect(Collectors.toMap(HamletRecord::code, Function.identity()));
		List<UnitRow> units = new ArrayList<>();
		for (HamletDay unit : summary.hamlets()) {
			if (visible.contains(unit.code())) {
				units.add(row(unit, ofDay.get(unit.code()), soFar.get(unit.code())));
			}
		}
		return new Board(campaign.name(), day, shown.day(day), day.equals(calendar.today()), days(day), units,
				counts(units), admin ? dayTotals(summary.dayTotals()) : List.of(),
				admin ? progress(summary.runningTotals()) : List.of(), admin ? ratio(summary.dayRatio()) : null,
				admin ? ratio(summary.runningRatio()) : null, admin, shown.time(calendar.now()));
	}

	/**
	 * One unit's report of the day with every revision, if the viewer may see the unit.
	 */
	@Nullable UnitPage unit(WebUser user, String code, LocalDate day) {
		Hamlet hamlet = desks.unitsOf(user.ref()).stream().filter(h -> h.code().equals(code)).findFirst().orElse(null);
		if (hamlet == null) {
			return null;
		}
		DailyReport report = reports.find(code, day).orElse(null);
		List<UnitPage.RevisionView> revisions = new ArrayList<>();
		if (report != null) {
			for (Revision revision : report.revisions()) {
				revisions.add(new UnitPage.RevisionView(revision.number(), revision.submittedByName(),
						shown.dayTime(revision.submittedAt()),
						texts.get("timeliness." + revision.timeliness().name().toLowerCase(Locale.ROOT)),
						figures(revision.values(), Integer.MAX_VALUE)));
			}
		}
		String excuse = excuses.find(code, day)
			.map(e -> e.reason().isBlank() ? texts.get("state.excused") : e.reason())
			.orElse(null);
		return new UnitPage(campaign.name(), hamlet.code(), hamlet.name(), day, shown.day(day), revisions, excuse,
				supervisors.namesOf(code));
	}

	private UnitRow row(HamletDay unit, @Nullable DailyReport report, @Nullable HamletRecord record) {
		String state = unit.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String sender = report == null ? null : report.first().submittedByName();
		String sentAt = unit.reportedAt() == null ? null : shown.time(unit.reportedAt());
		List<Line> figures = report == null ? List.of() : figures(report.latest().values(), TEXT_SHOWN);
		List<ProgressLine> progress = record == null ? List.of() : progress(record.progress());
		return new UnitRow(unit.code(), unit.name(), state, texts.get("state." + state), sender, sentAt,
				report == null ? 0 : report.revisions().size(), figures, progress, ratio(unit.ratio()), unit.excuse(),
				supervisors.namesOf(unit.code()));
	}

	private List<Line> figures(Map<String, Value> values, int textLimit) {
		List<Line> lines = new ArrayList<>();
		for (FieldDef field : campaign.report().fields()) {
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
