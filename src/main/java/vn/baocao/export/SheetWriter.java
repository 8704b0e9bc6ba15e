package vn.baocao.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.baocao.report.ViNumber;

/**
 * Writes one sheet top to bottom: typed cells in their styles (vi-VN number formats,
 * dates as dates, Vietnamese text in one character per letter), noting for the
 * {@link SheetLayout} how wide each column's content is.
 */
final class SheetWriter {

	private final Sheet sheet;

	private final Styles styles;

	private final SheetLayout layout = new SheetLayout();

	private int next;

	SheetWriter(Sheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	Row row() {
		return sheet.createRow(next++);
	}

	void skip() {
		next++;
	}

	int rowIndex() {
		return next;
	}

	/** A line of its own (title, subtitle, note): not counted in the column widths. */
	void line(String text, Look look) {
		Cell cell = row().createCell(0);
		cell.setCellValue(nfc(text));
		cell.setCellStyle(styles.text(look, false));
	}

	/** The header row; its texts wrap within a narrow column. */
	void header(List<String> titles) {
		Row row = row();
		for (int i = 0; i < titles.size(); i++) {
			String title = nfc(titles.get(i));
			Cell cell = row.createCell(i);
			cell.setCellValue(title);
			cell.setCellStyle(styles.text(Look.HEADER, true));
			widen(i, Math.min(SheetLayout.HEADER_WIDTH, Math.max(longestWord(title), title.length())));
			layout.wrap(row, i, title);
		}
	}

	/**
	 * A text beside the table (a label above it) that spills into the empty cells on its
	 * right rather than widening its column.
	 */
	void label(Row row, int column, String text, Look look) {
		Cell cell = row.createCell(column);
		cell.setCellValue(nfc(text));
		cell.setCellStyle(styles.text(look, false));
	}

	void text(Row row, int column, @Nullable String text, Look look) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.text(look, false));
		if (text != null && !text.isEmpty()) {
			String value = nfc(text);
			cell.setCellValue(value);
			widen(column, value.length());
		}
	}

	/**
	 * A text that may be long (a lead's remarks): wrapped in a column of limited width.
	 */
	void longText(Row row, int column, @Nullable String text, Look look) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.text(look, true));
		if (text != null && !text.isEmpty()) {
			String value = nfc(text);
			cell.setCellValue(value);
			widen(column, Math.min(longestLine(value), SheetLayout.WRAP_WIDTH));
			layout.wrap(row, column, value);
		}
	}

	/** A figure, stored as a number; an empty cell for none. */
	void number(Row row, int column, @Nullable BigDecimal amount, Look look) {
		Cell cell = row.createCell(column);
		if (amount == null) {
			cell.setCellStyle(styles.text(look, false));
			return;
		}
		cell.setCellValue(amount.doubleValue());
		cell.setCellStyle(styles.formatted(look, NumberFormats.of(amount)));
		widen(column, shownLength(amount));
	}

	/**
	 * done / target as a fraction shown as a percent with one decimal; none without a
	 * target.
	 */
	void percent(Row row, int column, BigDecimal done, @Nullable BigDecimal target, Look look) {
		Cell cell = row.createCell(column);
		if (target == null || target.signum() <= 0) {
			cell.setCellStyle(styles.text(look, false));
			return;
		}
		cell.setCellValue(done.divide(target, MathContext.DECIMAL64).doubleValue());
		cell.setCellStyle(styles.formatted(look, NumberFormats.PERCENT));
		widen(column, 7);
	}

	void fraction(Row row, int column, BigDecimal value, String format, Look look) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(styles.formatted(look, format));
		widen(column, 9);
	}

	void date(Row row, int column, LocalDate day, Look look) {
		Cell cell = row.createCell(column);
		cell.setCellValue(day);
		cell.setCellStyle(styles.formatted(look, NumberFormats.DATE));
		widen(column, 10);
	}

	/** A date beside the table, left-aligned like the words around it. */
	void dayLabel(Row row, int column, LocalDate day, Look look) {
		Cell cell = row.createCell(column);
		cell.setCellValue(day);
		cell.setCellStyle(styles.leftFormatted(look, NumberFormats.DATE));
	}

	void dateTime(Row row, int column, @Nullable LocalDateTime at, String format, Look look) {
		Cell cell = row.createCell(column);
		if (at == null) {
			cell.setCellStyle(styles.text(look, false));
			return;
		}
		cell.setCellValue(at);
		cell.setCellStyle(styles.formatted(look, format));
		widen(column, format.length());
	}

	/**
	 * Fits the columns and rows, freezes the header and sets up the printed page;
	 * {@code headerRow} is the header's row index, {@code frozenColumns} stay in view
	 * when scrolling sideways.
	 */
	void finish(int headerRow, int frozenColumns) {
		layout.apply(sheet, headerRow, frozenColumns);
	}

	private void widen(int column, int chars) {
		layout.widen(column, chars);
	}

	private static int longestLine(String text) {
		int longest = 0;
		for (String line : text.split("\n")) {
			longest = Math.max(longest, line.length());
		}
		return longest;
	}

	private static int longestWord(String text) {
		int longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, word.length());
		}
		return longest;
	}

	/** As a person reads it: 10.500.000 takes 10 characters. */
	private static int shownLength(BigDecimal amount) {
		return ViNumber.format(amount).length();
	}

	/**
	 * Decomposed Vietnamese (as some keyboards type it, "a" + combining marks) becomes
	 * one character per letter, which every font draws and every program sorts right.
	 */
	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
