package vn.baocao.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's shape once written: columns as wide as what they hold and rows as tall as
 * their wrapped texts, estimated from the text (POI's own fitting measures with the
 * machine's fonts, which a server may not have); the header frozen; the page A4
 * landscape, one page wide, or several across with the first columns repeated when the
 * table would otherwise print too small to read.
 */
final class SheetLayout {

	/** The widest a wrapped header makes its column, in characters. */
	static final int HEADER_WIDTH = 10;

	/**
	 * The widest a long text (a remark, the notes) makes its column: it wraps instead.
	 */
	static final int WRAP_WIDTH = 28;

	/**
	 * Characters (of Excel's column width unit) one A4 landscape page holds across at
	 * about 80 % scale.
	 */
	static final int PAGE_WIDTH = 185;

	/** No column narrower than this; none wider than {@link #MAX_WIDTH}. */
	private static final int MIN_WIDTH = 6;

	private static final int MAX_WIDTH = 40;

	private static final float LINE_POINTS = 13f;

	private final Map<Integer, Integer> widths = new HashMap<>();

	private final List<Wrapped> wrapped = new ArrayList<>();

	/** A wrapped text: its row's height depends on its column's final width. */
	private record Wrapped(Row row, int column, String text) {
	}

	/** The column holds something this many characters wide. */
	void widen(int column, int chars) {
		widths.merge(column, Math.min(MAX_WIDTH, chars), Math::max);
	}

	void wrap(Row row, int column, String text) {
		wrapped.add(new Wrapped(row, column, text));
	}

	/**
	 * Fits, freezes above {@code headerRow} + 1 and left of {@code frozenColumns}, sets
	 * up the page.
	 */
	void apply(Sheet sheet, int headerRow, int frozenColumns) {
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
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.5);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		// Excel's codes for "page P of N", the same in every locale
		sheet.getFooter().setCenter("&P/&N");
	}

	private void fitRows() {
		Map<Row, Integer> lines = new HashMap<>();
		for (Wrapped w : wrapped) {
			// as wide as apply() made the column, less a character of margin
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

}
