package vn.baocao.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.FieldDef;
import vn.baocao.report.ViNumber;
import vn.baocao.summary.Progress;

/** Figures and days as the document writes them: vi-VN grouping, dd/MM/yyyy. */
final class Format {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Format() {
	}

	static String day(LocalDate day) {
		return day.format(DAY);
	}

	static String amount(FieldDef field, @Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		return field.unit() == null ? ViNumber.format(amount) : ViNumber.format(amount, field.unit());
	}

	static String number(@Nullable BigDecimal amount) {
		return amount == null ? "" : ViNumber.format(amount);
	}

	/** "35,4 %", or "" without a target. */
	static String percent(Progress progress) {
		return progress.percent().map(p -> ViNumber.format(p) + " %").orElse("");
	}

	static String percent(BigDecimal percent) {
		return ViNumber.format(percent) + " %";
	}

}
