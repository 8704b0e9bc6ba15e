package vn.baocao.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * When the campaign runs and when, each day, reports are due, reminded and summarised.
 */
public record Schedule(ZoneId zone, LocalDate startDate, LocalDate endDate, LocalTime opens, LocalTime closes,
		List<LocalTime> reminders, LocalTime summaryAt, LocalTime lateUntil) {

	public Schedule {
		reminders = List.copyOf(reminders);
	}

}
