package vn.baocao.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Unit;
import vn.baocao.campaign.Ratio;
import vn.baocao.campaign.Schedule;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.DailyReport;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.report.Value;

/**
 * Computes summaries from stored reports, without side effects. Only each report's latest
 * revision counts towards figures (an amendment replaces the figures it amends); only the
 * first revision decides whether the hamlet was on time.
 */
public final class Consolidator {

	private final Campaign campaign;

	private final List<FieldDef> numericFields;

	private final Map<String, BigDecimal> targets;

	public Consolidator(Campaign campaign) {
		this.campaign = campaign;
		this.numericFields = campaign.numericFields();
		Map<String, BigDecimal> sums = new HashMap<>();
		for (Unit unit : campaign.units()) {
			unit.targets().forEach((key, target) -> sums.merge(key, target, BigDecimal::add));
		}
		// a figure the plan sets only for the whole commune is a target too
		campaign.statedTotals().forEach(sums::putIfAbsent);
		this.targets = Map.copyOf(sums);
	}

	/**
	 * The summary of {@code day}. {@code reports} may hold any days: the day's own
	 * reports give its statuses and totals, those from the first campaign day up to
	 * {@code day} the running totals.
	 */
	public DailySummary daily(LocalDate day, Collection<DailyReport> reports, Map<String, String> excused) {
		return daily(day, reports, excused, Map.of());
	}

	/**
	 * The same with each report's review state, keyed by
	 * {@link vn.baocao.report.Reviews#key}; ignored when the campaign's review is off,
	 * and a report with no entry is waiting.
	 */
	public DailySummary daily(LocalDate day, Collection<DailyReport> reports, Map<String, String> excused,
			Map<String, ReviewState> reviews) {
		Schedule schedule = campaign.schedule();
		Map<String, DailyReport> today = new HashMap<>();
		Totals running = new Totals();
		for (DailyReport report : reports) {
			if (report.day().isBefore(schedule.startDate()) || report.day().isAfter(day)) {
				continue;
			}
			running.add(report);
			if (report.day().equals(day)) {
				today.put(report.hamletCode(), report);
			}
		}
		Totals dayTotals = new Totals();
		List<HamletDay> hamlets = new ArrayList<>(campaign.hamlets().size());
		List<HamletDay> organisations = new ArrayList<>(campaign.organisations().size());
		for (Unit unit : campaign.units()) {
			DailyReport report = today.get(unit.code());
			if (report != null) {
				dayTotals.add(report);
			}
			ReviewState review = report == null || !campaign.review() ? null
					: reviews.getOrDefault(Reviews.key(unit.code(), day), ReviewState.WAITING);
			(unit.isHamlet() ? hamlets : organisations).add(hamletDay(unit, report, excused.get(unit.code()), review));
		}
		int dayNumber = (int) ChronoUnit.DAYS.between(schedule.startDate(), day) + 1;
		return new DailySummary(campaign.name(), day, schedule.startDate(), dayNumber, dayCount(), hamlets,
				dayTotals.answered(), running.progress(targets), ratio(dayTotals), ratio(running), organisations);
	}

	/**
	 * The final report over every campaign day; {@code excused} tells who was excused on
	 * a day.
	 */
	public CampaignReport campaign(Collection<DailyReport> reports, Function<LocalDate, Map<String, String>> excused) {
		Schedule schedule = campaign.schedule();
		return between(schedule.startDate(), schedule.endDate(), reports, excused);
	}

	/**
	 * The same report over some of the campaign's days, {@code firstDay} to
	 * {@code lastDay} inclusive, both within the campaign (an export of a week, or of the
	 * days so far).
	 */
	public CampaignReport between(LocalDate firstDay, LocalDate lastDay, Collection<DailyReport> reports,
			Function<LocalDate, Map<String, String>> excused) {
		Schedule schedule = campaign.schedule();
		if (firstDay.isBefore(schedule.startDate()) || lastDay.isAfter(schedule.endDate())
				|| lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("not a range of campaign days: " + firstDay + " to " + lastDay);
		}
		Map<String, Map<LocalDate, DailyReport>> byHamlet = new HashMap<>();
		Totals all = new Totals();
		for (DailyReport report : reports) {
			if (report.day().isBefore(firstDay) || report.day().isAfter(lastDay)) {
				continue;
			}
			all.add(report);
			byHamlet.computeIfAbsent(report.hamletCode(), k -> new HashMap<>()).put(report.day(), report);
		}
		Map<LocalDate, Map<String, String>> excusedByDay = new LinkedHashMap<>();
		for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
			excusedByDay.put(day, excused.apply(day));
		}
		List<HamletRecord> hamlets = new ArrayList<>();
		List<HamletRecord> organisations = new ArrayList<>();
		for (Unit unit : campaign.units()) {
			(unit.isHamlet() ? hamlets : organisations)
				.add(hamletRecord(unit, byHamlet.getOrDefault(unit.code(), Map.of()), excusedByDay));
		}
		int days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
		return new CampaignReport(campaign.name(), firstDay, lastDay, days, all.progress(targets), ratio(all), hamlets,
				organisations);
	}

	private HamletDay hamletDay(Unit hamlet, @Nullable DailyReport report, @Nullable String excuse,
			@Nullable ReviewState review) {
		if (report == null) {
			HamletStatus status = excuse != null ? HamletStatus.EXCUSED : HamletStatus.MISSING;
			return new HamletDay(hamlet.code(), hamlet.name(), status, null, excuse, null, null);
		}
		Totals own = new Totals();
		own.add(report);
		HamletStatus status = report.first().timeliness() == Timeliness.LATE ? HamletStatus.LATE : HamletStatus.ON_TIME;
		return new HamletDay(hamlet.code(), hamlet.name(), status, report.first().submittedAt(), null, ratio(own),
				review);
	}

	private HamletRecord hamletRecord(Unit hamlet, Map<LocalDate, DailyReport> reports,
			Map<LocalDate, Map<String, String>> excusedByDay) {
		int onTime = 0;
		int late = 0;
		int missing = 0;
		int excusedDays = 0;
		Totals own = new Totals();
		for (Map.Entry<LocalDate, Map<String, String>> day : excusedByDay.entrySet()) {
			DailyReport report = reports.get(day.getKey());
			if (report != null) {
				own.add(report);
				if (report.first().timeliness() == Timeliness.LATE) {
					late++;
				}
				else {
					onTime++;
				}
			}
			else if (day.getValue().containsKey(hamlet.code())) {
				excusedDays++;
			}
			else {
				missing++;
			}
		}
		List<Progress> progress = own.progress(hamlet.targets())
			.stream()
			.filter(p -> hamlet.targets().containsKey(p.field().key()))
			.toList();
		return new HamletRecord(hamlet.code(), hamlet.name(), onTime, late, missing, excusedDays, progress);
	}

	private @Nullable RatioCheck ratio(Totals totals) {
		Ratio ratio = campaign.ratio();
		if (ratio == null) {
			return null;
		}
		return new RatioCheck(ratio, totals.of(ratio.left()), totals.of(ratio.right()));
	}

	private int dayCount() {
		Schedule schedule = campaign.schedule();
		return (int) ChronoUnit.DAYS.between(schedule.startDate(), schedule.endDate()) + 1;
	}

	/**
	 * Sums of the numeric fields over the latest revisions added, remembering which were
	 * answered at all.
	 */
	private final class Totals {

		private final Map<String, BigDecimal> sums = new HashMap<>();

		void add(DailyReport report) {
			Map<String, Value> values = report.latest().values();
			for (FieldDef field : numericFields) {
				if (values.get(field.key()) instanceof Value.Number number) {
					sums.merge(field.key(), number.amount(), BigDecimal::add);
				}
			}
		}

		BigDecimal of(String key) {
			return sums.getOrDefault(key, BigDecimal.ZERO);
		}

		/** The fields somebody answered, in the report's order. */
		List<FieldTotal> answered() {
			return numericFields.stream()
				.filter(f -> sums.containsKey(f.key()))
				.map(f -> new FieldTotal(f, sums.get(f.key())))
				.toList();
		}

		/** Every field that has a target or was answered, in the report's order. */
		List<Progress> progress(Map<String, BigDecimal> targetsByField) {
			return numericFields.stream()
				.filter(f -> sums.containsKey(f.key()) || targetsByField.containsKey(f.key()))
				.map(f -> new Progress(f, of(f.key()), targetsByField.get(f.key())))
				.toList();
		}

	}

}
