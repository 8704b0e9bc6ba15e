package vn.baocao.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Ratio;
import vn.baocao.messaging.Texts;
import vn.baocao.summary.Progress;
import vn.baocao.summary.RatioCheck;

/**
 * What the commune did against every target over a period: a row per report field that
 * has a target or was reported, with the result, the hamlets' targets added up, the
 * percent, and the plan's own stated total where it gives one.
 */
final class TotalsSheet {

	private final Texts texts;

	private final Map<String, BigDecimal> stated;

	TotalsSheet(Map<String, BigDecimal> stated, Texts texts) {
		this.stated = Map.copyOf(stated);
		this.texts = texts;
	}

	/** {@code title} and {@code period} head the sheet; {@code ratio} may be null. */
	void write(SheetWriter sheet, String title, String subtitle, String period, List<Progress> totals,
			@Nullable RatioCheck ratio) {
		sheet.line(title, Look.TITLE);
		sheet.line(subtitle, Look.SUBTITLE);
		sheet.line(period, Look.SUBTITLE);
		sheet.skip();
		int header = sheet.rowIndex();
		boolean withStated = !stated.isEmpty();
		List<String> titles = new java.util.ArrayList<>(
				List.of(texts.get("column.number"), texts.get("column.field"), texts.get("column.unit"),
						texts.get("column.done"), texts.get("column.target"), texts.get("column.percent")));
		if (withStated) {
			titles.add(texts.get("column.stated"));
		}
		sheet.header(titles);
		int index = 1;
		for (Progress progress : totals) {
			FieldDef field = progress.field();
			Row row = sheet.row();
			sheet.number(row, 0, BigDecimal.valueOf(index++), Look.PLAIN);
			sheet.longText(row, 1, field.label(), Look.PLAIN);
			sheet.text(row, 2, field.unit(), Look.PLAIN);
			sheet.number(row, 3, progress.done(), Look.PLAIN);
			sheet.number(row, 4, progress.target(), Look.PLAIN);
			sheet.percent(row, 5, progress.done(), progress.target(), reached(progress) ? Look.GOOD : Look.PLAIN);
			if (withStated) {
				sheet.number(row, 6, stated.get(field.key()), Look.PLAIN);
			}
		}
		if (totals.isEmpty()) {
			sheet.line(texts.get("totals.none"), Look.NOTE);
		}
		sheet.skip();
		if (ratio != null) {
			Ratio rule = ratio.ratio();
			sheet.line(texts.get("note.ratio.period", rule.label(), rule.leftPart(), rule.rightPart(),
					Ratios.words(ratio, texts)), Look.NOTE);
		}
		if (withStated) {
			sheet.line(texts.get("note.stated"), Look.NOTE);
		}
		sheet.finish(header, 2);
	}

	private static boolean reached(Progress progress) {
		return progress.target() != null && progress.target().signum() > 0
				&& progress.done().compareTo(progress.target()) >= 0;
	}

}
