package vn.baocao.schedule;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.baocao.admin.MissingReminder;
import vn.baocao.campaign.PerCampaign;

/** /remind (/nhac) sends the very reminders the schedule sends, only now. */
@PerCampaign
@Component
class RemindNow implements MissingReminder {

	private final Reminders reminders;

	RemindNow(Reminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public int remindMissing(LocalDate day) {
		Reminders.Reminding done = reminders.remindMissing(day);
		return done.missing().size() - done.unassigned().size();
	}

}
