package vn.baocao.admin;

import java.time.LocalDate;

/**
 * Reminds, right now, the leads of every hamlet that has neither reported nor been
 * excused for the day. /remind calls it; the scheduler implements it with its own
 * reminders.
 */
public interface MissingReminder {

	/** Returns how many hamlets had at least one lead reminded. */
	int remindMissing(LocalDate day);

}
