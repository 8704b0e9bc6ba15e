package vn.baocao.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Organisation;
import vn.baocao.campaign.Unit;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Review;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.DailySummary;
import vn.baocao.summary.HamletDay;

/**
 * Puts the sheets together: the daily workbook (the day, the running totals, every
 * revision) and the workbook of a range of days (results against targets, each hamlet's
 * progress, participation, then a sheet per day).
 */
final class Workbooks {

	private final Campaign campaign;

	private final Texts texts;

	private final FieldColumns columns;

	private final DaySheet daySheet;

	/** The organisations' day sheets, one per template they use. */
	private final Map<String, DaySheet> templateSheets = new LinkedHashMap<>();

	private final RevisionsSheet revisionsSheet;

	private final TotalsSheet totalsSheet;

	Workbooks(Campaign campaign, Texts texts) {
		this.campaign = campaign;
		this.texts = texts;
		this.columns = new FieldColumns(campaign.report().fields(), texts);
		this.daySheet = new DaySheet(columns, campaign.ratio(), campaign.schedule().zone(), texts);
		for (var template : campaign.templates().entrySet()) {
			if (campaign.organisations().stream().anyMatch(o -> o.template().equals(template.getKey()))) {
				templateSheets.put(template.getKey(),
						new DaySheet(new FieldColumns(template.getValue().fields(), texts), campaign.ratio(),
								campaign.schedule().zone(), texts));
			}
		}
		if (campaign.organisations().stream().anyMatch(o -> o.template().equals(Unit.DEFAULT_TEMPLATE))) {
			templateSheets.put(Unit.DEFAULT_TEMPLATE, daySheet);
		}
		this.revisionsSheet = new RevisionsSheet(new FieldColumns(allFields(campaign), texts),
				campaign.schedule().zone(), texts);
		this.totalsSheet = new TotalsSheet(campaign.statedTotals(), texts);
	}

	/** Each template's fields once, the default template's first. */
	private static List<FieldDef> allFields(Campaign campaign) {
		Map<String, FieldDef> byKey = new LinkedHashMap<>();
		campaign.allTemplates().values().forEach(t -> t.fields().forEach(f -> byKey.putIfAbsent(f.key(), f)));
		return List.copyOf(byKey.values());
	}

	/** One day of reports with what its figures are computed from, and its reviews. */
	record Day(DailySummary summary, Map<String, DailyReport> reports, List<Review> reviews) {

		Day {
			reports = Map.copyOf(reports);
			reviews = List.copyOf(reviews);
		}

		Day(DailySummary summary, Map<String, DailyReport> reports) {
			this(summary, reports, List.of());
		}

	}

	/**
	 * A sheet per template the organisations use, each with its organisations and that
	 * template's columns.
	 */
	private void organisationSheets(XSSFWorkbook workbook, Styles styles, DailySummary summary,
			Map<String, DailyReport> reports, boolean dated) {
		templateSheets.forEach((key, sheet) -> {
			List<String> codes = campaign.organisations()
				.stream()
				.filter(o -> o.template().equals(key))
				.map(Organisation::code)
				.toList();
			List<HamletDay> rows = summary.organisations().stream().filter(h -> codes.contains(h.code())).toList();
			String name = texts.get("sheet.organisations", key);
			if (dated) {
				name = Days.sheetName(summary.day()) + " " + key;
			}
			sheet.write(sheet(workbook, styles, name), summary, reports, rows,
					texts.get("daily.title.organisations", Days.shown(summary.day()), key));
		});
	}

	byte[] daily(Day day) {
		DailySummary summary = day.summary();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			daySheet.write(sheet(workbook, styles, texts.get("sheet.day")), summary, day.reports());
			organisationSheets(workbook, styles, summary, day.reports(), false);
			totalsSheet.write(sheet(workbook, styles, texts.get("sheet.running")), texts.get("running.title"),
					summary.campaignName(),
					texts.get("running.period", Days.shown(summary.firstDay()), Days.shown(summary.day())),
					summary.runningTotals(), summary.runningRatio());
			revisionsSheet.write(sheet(workbook, styles, texts.get("sheet.revisions")), summary.day(), campaign.units(),
					day.reports(), campaign.review() ? day.reviews() : null);
			describe(workbook, texts.get("daily.title", Days.shown(summary.day())));
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] campaign(CampaignReport report, List<Day> days) {
		String period = texts.get("range.period", Days.shown(report.firstDay()), Days.shown(report.lastDay()),
				report.dayCount());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			totalsSheet.write(sheet(workbook, styles, texts.get("sheet.results")), texts.get("range.title"),
					report.campaignName(), period, report.totals(), report.ratio());
			new HamletProgressSheet(texts).write(sheet(workbook, styles, texts.get("sheet.progress")), period,
					report.units());
			new ParticipationSheet(texts).write(sheet(workbook, styles, texts.get("sheet.participation")), period,
					report.dayCount(), report.units());
			for (Day day : days) {
				daySheet.write(sheet(workbook, styles, Days.sheetName(day.summary().day())), day.summary(),
						day.reports());
				organisationSheets(workbook, styles, day.summary(), day.reports(), true);
			}
			describe(workbook, texts.get("range.title") + " " + period);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SheetWriter sheet(XSSFWorkbook workbook, Styles styles, String name) {
		return new SheetWriter(workbook.createSheet(name), styles);
	}

	private void describe(XSSFWorkbook workbook, String title) {
		var core = workbook.getProperties().getCoreProperties();
		core.setTitle(SheetWriter.nfc(title));
		core.setCreator("baocao");
		core.setDescription(SheetWriter.nfc(campaign.name()));
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
