package vn.baocao.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Timeliness;
import vn.baocao.campaign.Unit;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.roster.Excuses.Excuse;
import vn.baocao.roster.Excuses;

/**
 * Where each hamlet stands on one day: reported on time, late, excused or missing. A
 * report sent on an excused day counts as a report.
 */
@PerCampaign
@Component
final class DayRoll {

	enum Standing {

		ON_TIME, LATE, EXCUSED, MISSING

	}

	/**
	 * One hamlet on one day; {@code report} is set when it reported, {@code excuse} when
	 * excused.
	 */
	record HamletDay(Unit hamlet, Standing standing, @Nullable DailyReport report, @Nullable Excuse excuse) {
	}

	private final Campaign campaign;

	private final Reports reports;

	private final Excuses excuses;

	DayRoll(Campaign campaign, Reports reports, Excuses excuses) {
		this.campaign = campaign;
		this.reports = reports;
		this.excuses = excuses;
	}

	/** Every hamlet, in the campaign file's order. */
	List<HamletDay> of(LocalDate day) {
		Map<String, DailyReport> reported = reports.forDay(day)
			.stream()
			.collect(Collectors.toMap(DailyReport::hamletCode, Function.identity()));
		Map<String, Excuse> excused = excuses.forDay(day)
			.stream()
			.collect(Collectors.toMap(Excuse::hamletCode, Function.identity()));
		return campaign.units().stream().map(h -> of(h, reported.get(h.code()), excused.get(h.code()))).toList();
	}

	HamletDay of(Unit hamlet, LocalDate day) {
		return of(hamlet, reports.find(hamlet.code(), day).orElse(null), excuses.find(hamlet.code(), day).orElse(null));
	}

	private static HamletDay of(Unit hamlet, @Nullable DailyReport report, @Nullable Excuse excuse) {
		Standing standing;
		if (report != null) {
			standing = report.first().timeliness() == Timeliness.LATE ? Standing.LATE : Standing.ON_TIME;
		}
		else {
			standing = excuse != null ? Standing.EXCUSED : Standing.MISSING;
		}
		return new HamletDay(hamlet, standing, report, excuse);
	}

}
