package vn.baocao.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.baocao.report.ViNumber;

/**
 * Writes one sheet top to bottom: typed cells in their styles, and at the end column
 * widths and row heights fitted to what was written (estimated from the text, since POI's
 * own fitting measures with the machine's fonts, which a server may not have), the header
 * frozen, and the page set for A4 landscape, one page wide.
 */
final class SheetWriter {

	/**
	 * Widths in characters: a column never narrower than a date, never wider than this.
	 */
	private static final int MIN_WIDTH = 6;

	private static final int MAX_WIDTH = 40;

	/**
	 * The widest a long text (a remark, the notes) makes its column: it wraps instead.
	 */
	private static final int WRAP_WIDTH = 28;

	/** The widest a wrapped header makes its column. */
	private static final int HEADER_WIDTH = 10;

	/**
	 * Characters (of Excel's column width unit) one A4 landscape page holds across at
	 * about 80 % scale; a wider table prints on more pages across, rather than smaller.
	 */
	static final int PAGE_WIDTH = 185;

	private static final float LINE_POINTS = 13f;

	private final Sheet sheet;

	private final Styles styles;

	private final Map<Integer, Integer> widths = new HashMap<>();

	private final List<Wrapped> wrapped = new ArrayList<>();

	private int next;

	SheetWriter(Sheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	/** A wrapped text: its row's height depends on its column's final width. */
	private record Wrapped(Row row, int column, String text) {
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
			widen(i, Math.min(HEADER_WIDTH, Math.max(longestWord(title), title.length())));
			wrapped.add(new Wrapped(row, i, title));
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
			widen(column, Math.min(longestLine(value), WRAP_WIDTH));
			wrapped.add(new Wrapped(row, column, value));
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
		int total = 0;
		for (var width : widths.entrySet()) {
			int units = (int) (Math.max(MIN_WIDTH, width.getValue()) * 256 * 1.1 + 384);
			sheet.setColumnWidth(width.getKey(), units);
			total += units / 256;
		}
		fitRows();
		sheet.createFreezePane(frozenColumns, headerRow + 1);
		int pagesAcross = Math.max(1, (total + PAGE_WIDTH - 1) / PAGE_WIDTH);
		if (pagesAcross > 1 && frozenColumns > 0) {
			// every page across starts with the hamlet, as the screen keeps it in view
			sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, frozenColumns - 1));
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) pagesAcross);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		// Excel's codes for "page P of N", the same in every locale
		sheet.getFooter().setCenter("&P/&N");
	}

	private void fitRows() {
		Map<Row, Integer> lines = new HashMap<>();
		for (Wrapped w : wrapped) {
			// as wide as finish() made the column, less a character of margin
			int width = (int) (Math.max(MIN_WIDTH, widths.getOrDefault(w.column(), MIN_WIDTH)) * 1.1 + 0.5);
			lines.merge(w.row(), linesNeeded(w.text(), width), Math::max);
		}
		lines.forEach((row, n) -> {
			if (n > 1) {
				row.setHeightInPoints(n * LINE_POINTS + 3);
			}
		});
	}

	/**
	 * Lines a text takes when wrapped at word boundaries in a column so many characters
	 * wide.
	 */
	static int linesNeeded(String text, int width) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines++;
			int used = 0;
			for (String word : paragraph.split(" ")) {
				int length = word.length();
				if (used > 0 && used + 1 + length > width) {
					lines++;
					used = 0;
				}
				used += (used > 0 ? 1 : 0) + length;
				while (used > width) {
					lines++;
					used -= width;
				}
			}
		}
		return Math.max(1, lines);
	}

	private void widen(int column, int chars) {
		widths.merge(column, Math.min(MAX_WIDTH, chars), Math::max);
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
