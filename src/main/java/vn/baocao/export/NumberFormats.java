package vn.baocao.export;

import java.math.BigDecimal;

/**
 * Excel format codes that show numbers the Vietnamese way whoever opens the file.
 *
 * <p>
 * A plain {@code #,##0} follows the reader's regional settings, and many office PCs in
 * Vietnam run with English (United States) ones: 1330 would read "1,330". So whole
 * numbers (counts, metres, đồng: nearly every figure) get their thousands dots as literal
 * characters, one format section per size of number, which Excel and LibreOffice show
 * alike in any locale ({@code 1.330}, {@code 10.500.000}). A format code can only tell up
 * to two conditions apart, so numbers from a billion on get a second such code. Fractions
 * (a percent, 1,5 m, the ratio) cannot be done with literals; their codes are tagged
 * Vietnamese ({@code [$-42A]}), which LibreOffice honours with a decimal comma whatever
 * its own locale, and Excel shows with the reader's decimal mark.
 */
final class NumberFormats {

	/** 0–999, 1.000–999.999, 1.000.000–999.999.999. */
	static final String WHOLE = "[<1000]0;[<1000000]#\\.##0;#\\.###\\.##0";

	/** 1.000.000.000 and beyond, up to 999 nghìn tỷ. */
	static final String WHOLE_BILLIONS = "[<1000000000000]#\\.###\\.###\\.##0;#\\.###\\.###\\.###\\.##0";

	/** A fraction without grouping, so no dot can be taken for a decimal mark. */
	static final String FRACTION = "[$-42A]0.0##";

	/** 0,367 shown as 36,7%. */
	static final String PERCENT = "[$-42A]0.0%";

	/** Soldiers per resident, 2,5 shown as "1 : 2,5". */
	static final String RATIO = "[$-42A]\"1 : \"0.0";

	static final String DATE = "dd/mm/yyyy";

	static final String TIME = "hh:mm";

	static final String DATE_TIME = "dd/mm/yyyy hh:mm";

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

	private NumberFormats() {
	}

	/** The code that shows this amount the Vietnamese way. */
	static String of(BigDecimal amount) {
		if (amount.stripTrailingZeros().scale() > 0) {
			return FRACTION;
		}
		return amount.abs().compareTo(BILLION) >= 0 ? WHOLE_BILLIONS : WHOLE;
	}

}
