package vn.baocao.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Days and times as the sheets' titles and notes write them: 10/12/2024, 16:05. */
final class Days {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** A sheet name cannot hold "/": 10-12. */
	private static final DateTimeFormatter SHEET = DateTimeFormatter.ofPattern("dd-MM");

	private Days() {
	}

	static String shown(LocalDate day) {
		return day.format(DAY);
	}

	static String time(LocalDateTime at) {
		return at.format(TIME);
	}

	static String sheetName(LocalDate day) {
		return day.format(SHEET);
	}

}
