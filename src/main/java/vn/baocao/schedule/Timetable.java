package vn.baocao.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.baocao.campaign.CampaignCalendar;

/**
 * Every run of the campaign with the instant it is due, built from the campaign file:
 * each campaign day (weekends too) has its reminders and its summary; the last day's
 * summary is followed by the final report.
 */
final class Timetable {

	private final CampaignCalendar calendar;

	Timetable(CampaignCalendar calendar) {
		this.calendar = calendar;
	}

	record Due(Run run, Instant at) {
	}

	/**
	 * The runs that get a trigger of their own, in time order per day. The final report
	 * rides on the last summary.
	 */
	List<Due> triggered() {
		List<Due> runs = new ArrayList<>();
		for (LocalDate day : calendar.days()) {
			for (LocalTime slot : calendar.schedule().reminders()) {
				Run reminder = Run.reminder(day, slot);
				runs.add(new Due(reminder, due(reminder)));
			}
			Run close = Run.close(day);
			runs.add(new Due(close, due(close)));
			Run summary = Run.summary(day);
			runs.add(new Due(summary, due(summary)));
		}
		return runs;
	}

	Instant due(Run run) {
		return switch (run.kind()) {
			case REMINDER -> calendar.at(run.day(), Objects.requireNonNull(run.slot(), "a reminder has a time"));
			case CLOSE -> calendar.closes(run.day());
			case SUMMARY, FINAL -> calendar.summaryAt(run.day());
		};
	}

	boolean isLastDay(LocalDate day) {
		return day.equals(calendar.schedule().endDate());
	}

}
