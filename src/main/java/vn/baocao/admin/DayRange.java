package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.baocao.campaign.Schedule;

/**
 * The campaign days a command such as /xuat, /xuatanh or /soket covers, read from the
 * days an admin typed: none, from the first campaign day to today (the last day once the
 * campaign is over); one, that day alone; two, from one to the other in either order. The
 * caller answers each refusal in its own words.
 */
final class DayRange {

	private DayRange() {
	}

	/** The outcome of reading the typed days. */
	sealed interface Read {

	}

	/** The days from {@code first} to {@code last}, both included and both gone by. */
	record Range(LocalDate first, LocalDate last) implements Read {
	}

	/** A real date the campaign does not run. */
	record Outside(LocalDate day) implements Read {
	}

	/** A campaign day that has not come yet ({@code day} is the later one typed). */
	record Future(LocalDate day) implements Read {
	}

	/** A word that is not a date at all. */
	record Unreadable(String word) implements Read {
	}

	/**
	 * Reads {@code words} (at most two; the caller checks how many it takes) against the
	 * campaign's schedule on {@code today}.
	 */
	static Read read(List<String> words, Schedule schedule, LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		for (String word : words) {
			CampaignDays.Typed typed = CampaignDays.parse(word, schedule);
			if (typed instanceof CampaignDays.Day day) {
				days.add(day.day());
			}
			else if (typed instanceof CampaignDays.Outside outside) {
				return new Outside(outside.day());
			}
			else {
				return new Unreadable(word);
			}
		}
		LocalDate first = days.isEmpty() ? schedule.startDate() : days.get(0);
		LocalDate last = days.isEmpty() ? (today.isAfter(schedule.endDate()) ? schedule.endDate() : today)
				: days.get(days.size() - 1);
		if (last.isBefore(first)) {
			LocalDate swap = first;
			first = last;
			last = swap;
		}
		if (last.isAfter(today)) {
			return new Future(last);
		}
		return new Range(first, last);
	}

}
