package vn.baocao.export;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import vn.baocao.messaging.Texts;
import vn.baocao.summary.HamletRecord;
import vn.baocao.summary.Progress;

/**
 * Each hamlet against its own targets, one row per (hamlet, target): long rather than
 * wide, so it prints on A4 and can be filtered by hamlet or by work.
 */
final class HamletProgressSheet {

	private final Texts texts;

	HamletProgressSheet(Texts texts) {
		this.texts = texts;
	}

	void write(SheetWriter sheet, String period, List<HamletRecord> hamlets) {
		sheet.line(texts.get("progress.title"), Look.TITLE);
		sheet.line(period, Look.SUBTITLE);
		sheet.skip();
		int header = sheet.rowIndex();
		sheet.header(List.of(texts.get("column.number"), texts.get("column.hamlet"), texts.get("column.field"),
				texts.get("column.unit"), texts.get("column.done"), texts.get("column.target"),
				texts.get("column.percent")));
		int index = 1;
		for (HamletRecord hamlet : hamlets) {
			if (hamlet.progress().isEmpty()) {
				Row row = sheet.row();
				sheet.number(row, 0, BigDecimal.valueOf(index++), Look.PLAIN);
				sheet.text(row, 1, hamlet.name(), Look.PLAIN);
				sheet.text(row, 2, texts.get("progress.no-target"), Look.PLAIN);
				for (int column = 3; column <= 6; column++) {
					sheet.text(row, column, null, Look.PLAIN);
				}
				continue;
			}
			for (Progress progress : hamlet.progress()) {
				Row row = sheet.row();
				sheet.number(row, 0, BigDecimal.valueOf(index++), Look.PLAIN);
				sheet.text(row, 1, hamlet.name(), Look.PLAIN);
				sheet.longText(row, 2, progress.field().label(), Look.PLAIN);
				sheet.text(row, 3, progress.field().unit(), Look.PLAIN);
				sheet.number(row, 4, progress.done(), Look.PLAIN);
				sheet.number(row, 5, progress.target(), Look.PLAIN);
				boolean reached = progress.target() != null && progress.done().compareTo(progress.target()) >= 0;
				sheet.percent(row, 6, progress.done(), progress.target(), reached ? Look.GOOD : Look.PLAIN);
			}
		}
		sheet.finish(header, 2);
	}

}
