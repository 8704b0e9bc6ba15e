package vn.baocao.admin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.baocao.campaign.Schedule;

/**
 * Reads a day as admins type it, {@code dd/MM} (or {@code d/M}, {@code dd/MM/yyyy}):
 * without a year it is that date within the campaign, so a campaign across New Year still
 * reads right.
 */
final class CampaignDays {

	private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})(?:[/-](\\d{4}))?");

	private CampaignDays() {
	}

	/** The outcome of reading a typed day. */
	sealed interface Typed {

	}

	/** A day of the campaign. */
	record Day(LocalDate day) implements Typed {
	}

	/** A real date, but the campaign does not run that day. */
	record Outside(LocalDate day) implements Typed {
	}

	/** Not a date at all (letters, 31/02, 12/13). */
	record NotADate() implements Typed {
	}

	/**
	 * Whether the word has the shape of a date, so that it is read as one rather than as
	 * a reason.
	 */
	static boolean looksLikeDate(String word) {
		return DAY.matcher(word.strip()).matches();
	}

	static Typed parse(String word, Schedule schedule) {
		Matcher m = DAY.matcher(word.strip());
		if (!m.matches()) {
			return new NotADate();
		}
		int dayOfMonth = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		if (m.group(3) != null) {
			Optional<LocalDate> date = date(Integer.parseInt(m.group(3)), month, dayOfMonth);
			return date.<Typed>map(d -> within(d, schedule) ? new Day(d) : new Outside(d)).orElseGet(NotADate::new);
		}
		Optional<LocalDate> nearest = Optional.empty();
		for (int year = schedule.startDate().getYear(); year <= schedule.endDate().getYear(); year++) {
			Optional<LocalDate> date = date(year, month, dayOfMonth);
			if (date.isPresent() && within(date.get(), schedule)) {
				return new Day(date.get());
			}
			if (date.isPresent()
					&& (nearest.isEmpty() || distance(date.get(), schedule) < distance(nearest.get(), schedule))) {
				nearest = date;
			}
		}
		// 29/02 of a campaign year that is not a leap year is still "not a date"
		return nearest.<Typed>map(Outside::new).orElseGet(NotADate::new);
	}

	/**
	 * Days between a date and the nearest campaign day, so an answer quotes the year the
	 * admin meant.
	 */
	private static long distance(LocalDate day, Schedule schedule) {
		if (day.isBefore(schedule.startDate())) {
			return ChronoUnit.DAYS.between(day, schedule.startDate());
		}
		return ChronoUnit.DAYS.between(schedule.endDate(), day);
	}

	private static boolean within(LocalDate day, Schedule schedule) {
		return !day.isBefore(schedule.startDate()) && !day.isAfter(schedule.endDate());
	}

	private static Optional<LocalDate> date(int year, int month, int dayOfMonth) {
		try {
			return Optional.of(LocalDate.of(year, month, dayOfMonth));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
