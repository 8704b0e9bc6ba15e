package vn.baocao.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Campaign days and the day's deadlines as instants, always in the campaign's own time
 * zone.
 */
public final class CampaignCalendar {

	private final Schedule schedule;

	private final Clock clock;

	public CampaignCalendar(Schedule schedule, Clock clock) {
		this.schedule = schedule;
		this.clock = clock.withZone(schedule.zone());
	}

	public Schedule schedule() {
		return schedule;
	}

	public Instant now() {
		return clock.instant();
	}

	/** The local date in the campaign zone, which is what "today's report" means. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public boolean isCampaignDay(LocalDate day) {
		return !day.isBefore(schedule.startDate()) && !day.isAfter(schedule.endDate());
	}

	public List<LocalDate> days() {
		return Stream.iterate(schedule.startDate(), d -> !d.isAfter(schedule.endDate()), d -> d.plusDays(1)).toList();
	}

	public List<LocalDate> daysUpTo(LocalDate lastIncluded) {
		return days().stream().filter(d -> !d.isAfter(lastIncluded)).toList();
	}

	public Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, schedule.zone()).toInstant();
	}

	public Instant opens(LocalDate day) {
		return at(day, schedule.opens());
	}

	public Instant closes(LocalDate day) {
		return at(day, schedule.closes());
	}

	public Instant summaryAt(LocalDate day) {
		return at(day, schedule.summaryAt());
	}

	public Instant lateUntil(LocalDate day) {
		// late-until 23:59 means "until the end of that minute"
		return at(day, schedule.lateUntil()).plusSeconds(schedule.lateUntil().getSecond() == 0 ? 59 : 0);
	}

	public List<Instant> reminders(LocalDate day) {
		return schedule.reminders().stream().map(t -> at(day, t)).toList();
	}

	public Timeliness timeliness(LocalDate day, Instant moment) {
		if (!isCampaignDay(day)) {
			return Timeliness.CLOSED;
		}
		if (moment.isBefore(closes(day))) {
			return Timeliness.ON_TIME;
		}
		return moment.isAfter(lateUntil(day)) ? Timeliness.CLOSED : Timeliness.LATE;
	}

	public LocalDate localDate(Instant instant) {
		return instant.atZone(schedule.zone()).toLocalDate();
	}

	public ZonedDateTime local(Instant instant) {
		return instant.atZone(schedule.zone());
	}

}
