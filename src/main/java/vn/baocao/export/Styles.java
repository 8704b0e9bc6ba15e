package vn.baocao.export;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, made once each: a workbook holds a limited number of
 * styles, and a style per cell would exhaust it on a long campaign.
 */
final class Styles {

	/** Arial is on every office PC; LibreOffice maps it to Liberation Sans. */
	static final String FONT = "Arial";

	private final Workbook workbook;

	private final Map<Key, CellStyle> made = new HashMap<>();

	private final Map<Look, Font> fonts = new HashMap<>();

	Styles(Workbook workbook) {
		this.workbook = workbook;
	}

	private record Key(Look look, String format, boolean wrap, HorizontalAlignment align) {
	}

	/** Text in this look; long texts wrap. */
	CellStyle text(Look look, boolean wrap) {
		return style(new Key(look, "General", wrap,
				look == Look.HEADER ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT));
	}

	/** A number, date or time in this look and format. */
	CellStyle formatted(Look look, String format) {
		return style(new Key(look, format, false, HorizontalAlignment.RIGHT));
	}

	/** A date among words: left-aligned. */
	CellStyle leftFormatted(Look look, String format) {
		return style(new Key(look, format, false, HorizontalAlignment.LEFT));
	}

	private CellStyle style(Key key) {
		return made.computeIfAbsent(key, this::make);
	}

	private CellStyle make(Key key) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font(key.look()));
		style.setDataFormat(workbook.createDataFormat().getFormat(key.format()));
		style.setWrapText(key.wrap() || key.look() == Look.HEADER);
		style.setAlignment(key.align());
		style.setVerticalAlignment(key.look() == Look.HEADER ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
		if (key.look().boxed) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		if (key.look().fill != null) {
			style.setFillForegroundColor(key.look().fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private Font font(Look look) {
		return fonts.computeIfAbsent(look, l -> {
			Font font = workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints(l == Look.TITLE ? (short) 14 : (short) 10);
			font.setBold(l.bold);
			font.setItalic(l == Look.NOTE);
			return font;
		});
	}

}
