package vn.baocao.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Reviews;
import vn.baocao.roster.Excuses;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.Consolidator;
import vn.baocao.summary.DailySummary;

/**
 * Makes the files the committee forwards: the daily workbook and progress chart that go
 * with each day's summary, and the workbook of any range of campaign days. Every figure
 * comes from the summary's {@link Consolidator}, so a file never says other than the
 * summary text. Reads only: storing and sending the files is the caller's.
 */
@PerCampaign
@Service
public class Exports {

	private final Campaign campaign;

	private final Reports reports;

	private final Excuses excuses;

	private final Consolidator consolidator;

	private final Texts texts = new Texts("messages/export");

	private final Workbooks workbooks;

	private final ProgressChart chart;

	private final Reviews reviews;

	/** Exports without review states (tests of the workbooks alone). */
	public Exports(Campaign campaign, Reports reports, Excuses excuses) {
		this(campaign, reports, excuses, Reviews.none());
	}

	@Autowired
	public Exports(Campaign campaign, Reports reports, Excuses excuses, Reviews reviews) {
		this.campaign = campaign;
		this.reports = reports;
		this.excuses = excuses;
		this.reviews = reviews;
		this.consolidator = new Consolidator(campaign);
		this.workbooks = new Workbooks(campaign, texts);
		this.chart = new ProgressChart(texts);
	}

	/**
	 * What goes with the summary of {@code day}: the progress chart (when the campaign
	 * has targets) and the day's workbook.
	 */
	public List<ExportFile> daily(LocalDate day) {
		LocalDate first = campaign.schedule().startDate();
		List<DailyReport> upToDay = reports.between(first, day);
		List<ExportFile> files = new ArrayList<>();
		progressChart(day, upToDay).ifPresent(files::add);
		Map<String, DailyReport> ofDay = byHamlet(upToDay, day);
		DailySummary summary = consolidator.daily(day, upToDay, excuses.reasons(day), reviews.statesOf(ofDay.values()));
		byte[] workbook = workbooks.daily(new Workbooks.Day(summary, ofDay, reviews.between(day, day)));
		files.add(new ExportFile(new FileContent(dailyName(day), FileContent.XLSX, workbook, false),
				texts.get("file.daily", Days.shown(day))));
		return files;
	}

	/** The workbook of the campaign days {@code first} to {@code last}, both included. */
	public ExportFile range(LocalDate first, LocalDate last) {
		List<DailyReport> inRange = reports.between(first, last);
		CampaignReport report = consolidator.between(first, last, inRange, excuses::reasons);
		List<Workbooks.Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			Map<String, DailyReport> ofDay = byHamlet(inRange, day);
			DailySummary summary = consolidator.daily(day, inRange, excuses.reasons(day),
					reviews.statesOf(ofDay.values()));
			days.add(new Workbooks.Day(summary, ofDay, reviews.between(day, day)));
		}
		byte[] workbook = workbooks.campaign(report, days);
		return new ExportFile(new FileContent(rangeName(first, last), FileContent.XLSX, workbook, false),
				texts.get("file.range", Days.shown(first), Days.shown(last)));
	}

	/**
	 * What goes with the final report: the chart of the whole campaign and its workbook.
	 */
	public List<ExportFile> campaignEnd() {
		LocalDate first = campaign.schedule().startDate();
		LocalDate last = campaign.schedule().endDate();
		List<ExportFile> files = new ArrayList<>();
		progressChart(last, reports.between(first, last)).ifPresent(files::add);
		files.add(range(first, last));
		return files;
	}

	private Optional<ExportFile> progressChart(LocalDate day, List<DailyReport> upToDay) {
		CampaignReport soFar = consolidator.between(campaign.schedule().startDate(), day, upToDay, excuses::reasons);
		return chart.png(campaign.name(), day, soFar.units())
			.map(png -> new ExportFile(new FileContent(chartName(day), FileContent.PNG, png, true),
					texts.get("file.chart", Days.shown(day))));
	}

	static String dailyName(LocalDate day) {
		return "baocao-" + day + ".xlsx";
	}

	static String rangeName(LocalDate first, LocalDate last) {
		return "baocao-" + first + "-den-" + last + ".xlsx";
	}

	static String chartName(LocalDate day) {
		return "tiendo-" + day + ".png";
	}

	private static Map<String, DailyReport> byHamlet(List<DailyReport> reports, LocalDate day) {
		Map<String, DailyReport> byHamlet = new HashMap<>();
		reports.stream().filter(r -> r.day().equals(day)).forEach(r -> byHamlet.put(r.hamletCode(), r));
		return byHamlet;
	}

}
