package vn.baocao.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Ratio;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.summary.DailySummary;
import vn.baocao.summary.HamletDay;
import vn.baocao.summary.HamletStatus;
import vn.baocao.summary.RatioCheck;

/**
 * One campaign day as the committee reads it: a row per hamlet with its status, when it
 * reported and its current figures, a column per report field, the day's totals, and the
 * ratio check below. Late, missing and excused hamlets are marked by colour and word.
 */
final class DaySheet {

	private final FieldColumns columns;

	private final @Nullable Ratio ratio;

	private final ZoneId zone;

	private final Texts texts;

	DaySheet(FieldColumns columns, @Nullable Ratio ratio, ZoneId zone, Texts texts) {
		this.columns = columns;
		this.ratio = ratio;
		this.zone = zone;
		this.texts = texts;
	}

	void write(SheetWriter sheet, DailySummary summary, Map<String, DailyReport> reports) {
		write(sheet, summary, reports, summary.hamlets(), texts.get("daily.title", Days.shown(summary.day())));
	}

	/**
	 * The day of {@code rows} (the hamlets, or the organisations of one template) under
	 * {@code title}, with this sheet's field columns; the totals row adds up these rows
	 * only.
	 */
	void write(SheetWriter sheet, DailySummary summary, Map<String, DailyReport> reports, List<HamletDay> rows,
			String title) {
		boolean hamlets = rows == summary.hamlets();
		sheet.line(title, Look.TITLE);
		sheet.line(summary.campaignName(), Look.SUBTITLE);
		Row dayRow = sheet.row();
		sheet.label(dayRow, 1, texts.get("daily.day"), Look.SUBTITLE);
		sheet.dayLabel(dayRow, 2, summary.day(), Look.SUBTITLE);
		sheet.label(dayRow, 3, texts.get("daily.day-number", summary.dayNumber(), summary.dayCount()), Look.SUBTITLE);
		if (hamlets) {
			sheet.line(texts.get("daily.counts", summary.reported().size(), summary.hamlets().size(),
					summary.late().size(), summary.missing().size(), summary.excused().size()), Look.SUBTITLE);
		}
		else {
			sheet.line(texts.get("daily.counts.organisations", count(rows, true), rows.size(),
					rows.stream().filter(h -> h.status() == HamletStatus.LATE).count(),
					rows.stream().filter(h -> h.status() == HamletStatus.MISSING).count(),
					rows.stream().filter(h -> h.status() == HamletStatus.EXCUSED).count()), Look.SUBTITLE);
		}
		sheet.skip();
		int header = sheet.rowIndex();
		sheet.header(titles(hamlets));
		int index = 1;
		for (HamletDay hamlet : rows) {
			hamletRow(sheet, index++, hamlet, reports.get(hamlet.code()));
		}
		totalsRow(sheet, summary, rows, reports, hamlets);
		if (hamlets) {
			notes(sheet, summary);
		}
		sheet.finish(header, 2);
	}

	private static long count(List<HamletDay> rows, boolean reported) {
		return rows.stream().filter(h -> h.status().reported() == reported).count();
	}

	private List<String> titles(boolean hamlets) {
		List<String> titles = new ArrayList<>(
				List.of(texts.get("column.number"), texts.get(hamlets ? "column.hamlet" : "column.organisation"),
						texts.get("column.status"), texts.get("column.reported-at")));
		titles.addAll(columns.titles());
		if (ratio != null) {
			titles.add(texts.get("column.ratio", ratio.label()));
			titles.add(texts.get("column.ratio-check", ratio.leftPart(), ratio.rightPart()));
		}
		titles.add(texts.get("column.notes"));
		return titles;
	}

	private void hamletRow(SheetWriter sheet, int index, HamletDay hamlet, @Nullable DailyReport report) {
		Row row = sheet.row();
		Look mark = mark(hamlet.status());
		sheet.number(row, 0, BigDecimal.valueOf(index), Look.PLAIN);
		sheet.text(row, 1, hamlet.name(), mark);
		sheet.text(row, 2, texts.get("status." + hamlet.status().name()), mark);
		sheet.dateTime(row, 3, hamlet.reportedAt() == null ? null : LocalDateTime.ofInstant(hamlet.reportedAt(), zone),
				NumberFormats.TIME, Look.PLAIN);
		int column = 4;
		if (report != null) {
			columns.write(sheet, row, column, report.latest().values(), Look.PLAIN);
		}
		else {
			for (int i = 0; i < columns.size(); i++) {
				sheet.text(row, column + i, null, Look.PLAIN);
			}
		}
		column += columns.size();
		if (ratio != null) {
			ratioCells(sheet, row, column, hamlet.ratio(), Look.PLAIN);
			column += 2;
		}
		sheet.longText(row, column, notes(hamlet, report), Look.PLAIN);
	}

	private void totalsRow(SheetWriter sheet, DailySummary summary, List<HamletDay> rows,
			Map<String, DailyReport> reports, boolean hamlets) {
		Row row = sheet.row();
		sheet.text(row, 0, null, Look.TOTAL);
		sheet.text(row, 1, texts.get("row.total"), Look.TOTAL);
		sheet
			.text(row, 2,
					hamlets ? texts.get("row.total.reported", summary.reported().size(), summary.hamlets().size())
							: texts.get("row.total.reported.organisations", count(rows, true), rows.size()),
					Look.TOTAL);
		sheet.text(row, 3, null, Look.TOTAL);
		for (int i = 0; i < columns.size(); i++) {
			FieldDef field = columns.fields().get(i);
			BigDecimal total = null;
			if (field.type().isNumeric()) {
				for (HamletDay unit : rows) {
					DailyReport report = reports.get(unit.code());
					if (report != null && report.latest().values().get(field.key()) instanceof Value.Number number) {
						total = total == null ? number.amount() : total.add(number.amount());
					}
				}
			}
			sheet.number(row, 4 + i, total, Look.TOTAL);
		}
		int column = 4 + columns.size();
		if (ratio != null) {
			ratioCells(sheet, row, column, summary.dayRatio(), Look.TOTAL);
			column += 2;
		}
		sheet.text(row, column, null, Look.TOTAL);
	}

	/**
	 * Soldiers per resident as a number shown "1 : 2,5", and whether that meets the
	 * check.
	 */
	private void ratioCells(SheetWriter sheet, Row row, int column, @Nullable RatioCheck check, Look look) {
		if (check == null || !check.hasData()) {
			sheet.text(row, column, null, look);
			sheet.text(row, column + 1, null, look);
			return;
		}
		if (check.rightPerLeft().isPresent()) {
			sheet.fraction(row, column, check.rightPerLeft().get(), NumberFormats.RATIO, look);
		}
		else {
			sheet.text(row, column, texts.get("ratio.no-left"), look);
		}
		sheet.text(row, column + 1, texts.get(check.met() ? "ratio.met" : "ratio.not-met"),
				check.met() ? look : Look.MISSING);
	}

	private String notes(HamletDay hamlet, @Nullable DailyReport report) {
		List<String> notes = new ArrayList<>();
		if (hamlet.status() == HamletStatus.EXCUSED && hamlet.excuse() != null && !hamlet.excuse().isBlank()) {
			notes.add(texts.get("note.excuse", hamlet.excuse()));
		}
		if (report != null) {
			Revision latest = report.latest();
			notes.add(texts.get("note.sent-by", latest.submittedByName()));
			if (report.revisions().size() > 1) {
				notes.add(texts.get("note.amended", report.revisions().size() - 1,
						Days.time(LocalDateTime.ofInstant(latest.submittedAt(), zone))));
			}
		}
		return String.join("\n", notes);
	}

	private void notes(SheetWriter sheet, DailySummary summary) {
		sheet.skip();
		if (!summary.missing().isEmpty()) {
			sheet.line(texts.get("note.missing", names(summary.missing())), Look.NOTE);
		}
		if (!summary.late().isEmpty()) {
			sheet.line(texts.get("note.late", names(summary.late())), Look.NOTE);
		}
		if (ratio != null && summary.dayRatio() != null && summary.runningRatio() != null) {
			sheet.line(texts.get("note.ratio.day", ratio.label(), ratio.leftPart(), ratio.rightPart(),
					Ratios.words(summary.dayRatio(), texts)), Look.NOTE);
			sheet.line(texts.get("note.ratio.running", Days.shown(summary.firstDay()),
					Ratios.words(summary.runningRatio(), texts)), Look.NOTE);
			if (!summary.shortOfRatio().isEmpty()) {
				sheet.line(texts.get("note.ratio.short", names(summary.shortOfRatio())), Look.NOTE);
			}
		}
	}

	private static String names(List<HamletDay> hamlets) {
		return String.join(", ", hamlets.stream().map(HamletDay::name).toList());
	}

	static Look mark(HamletStatus status) {
		return switch (status) {
			case ON_TIME -> Look.PLAIN;
			case LATE -> Look.LATE;
			case MISSING -> Look.MISSING;
			case EXCUSED -> Look.EXCUSED;
		};
	}

}
