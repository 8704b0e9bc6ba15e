package vn.baocao.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminding the hamlets whose report for a day is not in yet. For /remind (/nhac): the
 * reminders are queued in the caller's transaction (a command handler's, so they commit
 * with its reply).
 */
public interface Reminders {

	/**
	 * Privately reminds every lead of every hamlet with no report for {@code day}
	 * (excused hamlets are left alone) and tells the admins which of those hamlets have
	 * no lead at all.
	 */
	Reminding remindMissing(LocalDate day);

	/**
	 * What a reminder round did: hamlet codes still missing, those among them without a
	 * lead, leads messaged.
	 */
	record Reminding(LocalDate day, List<String> missing, List<String> unassigned, int leadsReminded) {

		public Reminding {
			missing = List.copyOf(missing);
			unassigned = List.copyOf(unassigned);
		}

	}

}
