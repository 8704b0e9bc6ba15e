package vn.baocao.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Unit;
import vn.baocao.campaign.Timeliness;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Review;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Revision;

/**
 * Every revision the hamlets sent on one day, in hamlet order and oldest first: who sent
 * what and when, and which one the figures now come from. An amendment never erases what
 * was sent before it.
 */
final class RevisionsSheet {

	private final FieldColumns columns;

	private final ZoneId zone;

	private final Texts texts;

	RevisionsSheet(FieldColumns columns, ZoneId zone, Texts texts) {
		this.columns = columns;
		this.zone = zone;
		this.texts = texts;
	}

	/**
	 * {@code reviews}: the day's reviews, shown in a column of their own; null when the
	 * campaign does not review reports.
	 */
	void write(SheetWriter sheet, LocalDate day, List<Unit> hamlets, Map<String, DailyReport> reports,
			@Nullable List<Review> reviews) {
		sheet.line(texts.get("revisions.title", Days.shown(day)), Look.TITLE);
		sheet.line(texts.get("revisions.subtitle"), Look.SUBTITLE);
		sheet.skip();
		int header = sheet.rowIndex();
		List<String> titles = new ArrayList<>(List.of(texts.get("column.number"), texts.get("column.hamlet"),
				texts.get("column.revision"), texts.get("column.sent-at"), texts.get("column.sent-by"),
				texts.get("column.timeliness"), texts.get("column.current")));
		if (reviews != null) {
			titles.add(texts.get("column.review"));
		}
		titles.addAll(columns.titles());
		sheet.header(titles);
		int index = 1;
		for (Unit hamlet : hamlets) {
			DailyReport report = reports.get(hamlet.code());
			if (report == null) {
				continue;
			}
			for (Revision revision : report.revisions()) {
				boolean current = revision == report.latest();
				Look look = current ? Look.PLAIN : Look.REPLACED;
				Row row = sheet.row();
				sheet.number(row, 0, BigDecimal.valueOf(index++), look);
				sheet.text(row, 1, hamlet.name(), look);
				sheet.number(row, 2, BigDecimal.valueOf(revision.number()), look);
				sheet.dateTime(row, 3, LocalDateTime.ofInstant(revision.submittedAt(), zone), NumberFormats.DATE_TIME,
						look);
				sheet.text(row, 4, revision.submittedByName(), look);
				boolean late = revision.timeliness() == Timeliness.LATE;
				sheet.text(row, 5, texts.get(late ? "status.LATE" : "status.ON_TIME"), late ? Look.LATE : look);
				sheet.text(row, 6, current ? texts.get("value.current") : texts.get("value.replaced"), look);
				int column = 7;
				if (reviews != null) {
					sheet.longText(row, column++, review(report, revision, reviews), look);
				}
				columns.write(sheet, row, column, revision.values(), look);
			}
		}
		if (index == 1) {
			sheet.line(texts.get("revisions.none"), Look.NOTE);
		}
		sheet.finish(header, 2);
	}

	/**
	 * The revision's review: its state words, then who reviewed it and why it was
	 * returned.
	 */
	private String review(DailyReport report, Revision revision, List<Review> reviews) {
		Review last = null;
		for (Review review : reviews) {
			if (review.unitCode().equals(report.hamletCode()) && review.revision() == revision.number()) {
				last = review;
			}
		}
		if (last == null) {
			return texts.get(revision == report.latest() ? ReviewState.WAITING.textKey() : "review.superseded");
		}
		String words = texts.get(last.state().textKey());
		return last.reason() == null || last.reason().isBlank() ? texts.get("review.by", words, last.reviewerName())
				: texts.get("review.by.reason", words, last.reviewerName(), last.reason());
	}

}
