package vn.baocao.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A produced workbook opened with POI, read the way a person reads it: find the header
 * row, a column by its title, a row by its hamlet; see a cell as Excel shows it.
 */
final class OpenedWorkbook {

	/** As an office PC with English (United States) regional settings would show it. */
	private static final DataFormatter SHOWN = new DataFormatter(Locale.US);

	final XSSFWorkbook workbook;

	OpenedWorkbook(byte[] bytes) {
		try {
			this.workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<String> sheetNames() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	Table table(String sheetName) {
		Sheet sheet = workbook.getSheet(sheetName);
		if (sheet == null) {
			throw new AssertionError("No sheet '" + sheetName + "' in " + sheetNames());
		}
		return new Table(sheet);
	}

	static String shown(Cell cell) {
		return SHOWN.formatCellValue(cell);
	}

	/** The cell's fill as RGB hex, or "" when it has none. */
	static String fill(Cell cell) {
		XSSFColor colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
		return colour == null ? "" : colour.getARGBHex().substring(2);
	}

	/** One sheet's table: the header is the row that starts with "STT". */
	static final class Table {

		final Sheet sheet;

		final int header;

		Table(Sheet sheet) {
			this.sheet = sheet;
			int found = -1;
			for (Row row : sheet) {
				Cell first = row.getCell(0);
				if (first != null && first.getCellType() == CellType.STRING
						&& first.getStringCellValue().equals("STT")) {
					found = row.getRowNum();
					break;
				}
			}
			if (found < 0) {
				throw new AssertionError("No header row on sheet " + sheet.getSheetName());
			}
			this.header = found;
		}

		List<String> titles() {
			List<String> titles = new ArrayList<>();
			sheet.getRow(header).forEach(cell -> titles.add(cell.getStringCellValue()));
			return titles;
		}

		int column(String title) {
			int index = titles().indexOf(title);
			if (index < 0) {
				throw new AssertionError("No column '" + title + "' in " + titles());
			}
			return index;
		}

		/**
		 * The table rows whose column 1 (the hamlet, or "Tổng cộng") says so, top down.
		 */
		List<Row> rows(String name) {
			List<Row> rows = new ArrayList<>();
			for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				Cell cell = row == null ? null : row.getCell(1);
				if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
					rows.add(row);
				}
			}
			return rows;
		}

		Row row(String name) {
			List<Row> rows = rows(name);
			if (rows.size() != 1) {
				throw new AssertionError(rows.size() + " rows for '" + name + "' on " + sheet.getSheetName());
			}
			return rows.get(0);
		}

		Cell cell(String name, String column) {
			Row row = row(name);
			Cell cell = row.getCell(column(column));
			if (cell == null) {
				throw new AssertionError("No cell " + column + " for " + name);
			}
			return cell;
		}

		/** Every line of text below the table (the notes). */
		List<String> notes() {
			List<String> notes = new ArrayList<>();
			for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
						&& row.getLastCellNum() == 1) {
					notes.add(row.getCell(0).getStringCellValue());
				}
			}
			return notes;
		}

	}

}
