package vn.baocao.export;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import vn.baocao.messaging.Texts;
import vn.baocao.summary.HamletRecord;

/**
 * How each hamlet kept to the daily report over a period: days on time, late, missing and
 * excused, and the share on time of the days it had to report.
 */
final class ParticipationSheet {

	private final Texts texts;

	ParticipationSheet(Texts texts) {
		this.texts = texts;
	}

	void write(SheetWriter sheet, String period, int days, List<HamletRecord> hamlets) {
		sheet.line(texts.get("participation.title"), Look.TITLE);
		sheet.line(period, Look.SUBTITLE);
		sheet.skip();
		int header = sheet.rowIndex();
		sheet.header(List.of(texts.get("column.number"), texts.get("column.hamlet"), texts.get("column.days"),
				texts.get("status.ON_TIME"), texts.get("status.LATE"), texts.get("status.MISSING"),
				texts.get("status.EXCUSED"), texts.get("column.on-time-share")));
		int index = 1;
		int onTime = 0;
		int late = 0;
		int missing = 0;
		int excused = 0;
		for (HamletRecord hamlet : hamlets) {
			Row row = sheet.row();
			sheet.number(row, 0, BigDecimal.valueOf(index++), Look.PLAIN);
			sheet.text(row, 1, hamlet.name(), hamlet.missing() > 0 ? Look.MISSING : Look.PLAIN);
			counts(sheet, row, days, hamlet.onTime(), hamlet.late(), hamlet.missing(), hamlet.excused(), Look.PLAIN);
			onTime += hamlet.onTime();
			late += hamlet.late();
			missing += hamlet.missing();
			excused += hamlet.excused();
		}
		Row total = sheet.row();
		sheet.text(total, 0, null, Look.TOTAL);
		sheet.text(total, 1, texts.get("row.total"), Look.TOTAL);
		counts(sheet, total, days * hamlets.size(), onTime, late, missing, excused, Look.TOTAL);
		sheet.skip();
		sheet.line(texts.get("participation.note"), Look.NOTE);
		sheet.finish(header, 2);
	}

	private void counts(SheetWriter sheet, Row row, int days, int onTime, int late, int missing, int excused,
			Look look) {
		sheet.number(row, 2, BigDecimal.valueOf(days), look);
		sheet.number(row, 3, BigDecimal.valueOf(onTime), look);
		sheet.number(row, 4, BigDecimal.valueOf(late), late > 0 ? Look.LATE : look);
		sheet.number(row, 5, BigDecimal.valueOf(missing), missing > 0 ? Look.MISSING : look);
		sheet.number(row, 6, BigDecimal.valueOf(excused), look);
		sheet.percent(row, 7, BigDecimal.valueOf(onTime), BigDecimal.valueOf(days - excused), look);
	}

}
