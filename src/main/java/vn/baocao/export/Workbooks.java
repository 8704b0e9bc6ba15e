package vn.baocao.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.baocao.campaign.Campaign;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.DailySummary;

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

	private final RevisionsSheet revisionsSheet;

	private final TotalsSheet totalsSheet;

	Workbooks(Campaign campaign, Texts texts) {
		this.campaign = campaign;
		this.texts = texts;
		this.columns = new FieldColumns(campaign.report().fields(), texts);
		this.daySheet = new DaySheet(columns, campaign.ratio(), campaign.schedule().zone(), texts);
		this.revisionsSheet = new RevisionsSheet(columns, campaign.schedule().zone(), texts);
		this.totalsSheet = new TotalsSheet(campaign.statedTotals(), texts);
	}

	/** One day of reports with what its figures are computed from. */
	record Day(DailySummary summary, Map<String, DailyReport> reports) {

		Day {
			reports = Map.copyOf(reports);
		}

	}

	byte[] daily(Day day) {
		DailySummary summary = day.summary();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			daySheet.write(sheet(workbook, styles, texts.get("sheet.day")), summary, day.reports());
			totalsSheet.write(sheet(workbook, styles, texts.get("sheet.running")), texts.get("running.title"),
					summary.campaignName(),
					texts.get("running.period", Days.shown(summary.firstDay()), Days.shown(summary.day())),
					summary.runningTotals(), summary.runningRatio());
			revisionsSheet.write(sheet(workbook, styles, texts.get("sheet.revisions")), summary.day(),
					campaign.hamlets(), day.reports());
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
					report.hamlets());
			new ParticipationSheet(texts).write(sheet(workbook, styles, texts.get("sheet.participation")), period,
					report.dayCount(), report.hamlets());
			for (Day day : days) {
				daySheet.write(sheet(workbook, styles, Days.sheetName(day.summary().day())), day.summary(),
						day.reports());
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
