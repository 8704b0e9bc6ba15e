package vn.baocao.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole numbers show their thousands with dots whatever the reader's regional settings.
 * Asserted for an English (United States) reader, the one a plain {@code #,##0} shows
 * "1,330" to. (POI's own formatter, asked for vi-VN, turns even the escaped dots into
 * commas, which Excel and LibreOffice do not: LibreOffice 7.4 run in vi_VN and in C shows
 * "10.500.000" both times, see docs/export.md.)
 */
class NumberFormatsTest {

	@ParameterizedTest
	@CsvSource({ "0, 0", "7, 7", "999, 999", "1000, 1.000", "1330, 1.330", "999999, 999.999", "1000000, 1.000.000",
			"10500000, 10.500.000", "90000000, 90.000.000", "999999999, 999.999.999", "1000000000, 1.000.000.000",
			"46500000000, 46.500.000.000", "1234567890123, 1.234.567.890.123" })
	void wholeNumbersAreGroupedWithDots(long value, String expected) throws IOException {
		BigDecimal amount = BigDecimal.valueOf(value);
		assertThat(shown(amount, NumberFormats.of(amount), Locale.US)).isEqualTo(expected);
		assertThat(shown(amount, "#,##0", Locale.US)).as("what the locale-bound format would show")
			.isEqualTo(expected.replace('.', ','));
	}

	@ParameterizedTest
	@CsvSource({ "1.5, [$-42A]0.0##", "1330.25, [$-42A]0.0##", "1330, [<1000]0;[<1000000]#\\.##0;#\\.###\\.##0",
			"1330.000, [<1000]0;[<1000000]#\\.##0;#\\.###\\.##0" })
	void fractionsGetAFormatWithADecimalMarkAndNoGrouping(String value, String format) {
		assertThat(NumberFormats.of(new BigDecimal(value))).isEqualTo(format);
	}

	private static String shown(BigDecimal amount, String format, Locale locale) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
			Cell cell = workbook.createSheet().createRow(0).createCell(0);
			cell.setCellValue(amount.doubleValue());
			cell.setCellStyle(style);
			return new DataFormatter(locale).formatCellValue(cell);
		}
	}

}
