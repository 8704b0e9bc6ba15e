package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.baocao.admin.DayRoll.HamletDay;
import vn.baocao.admin.DayRoll.Standing;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Timeliness;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * The plain {@link MissingReminder}: a private message to each lead of each hamlet still
 * missing, queued in the caller's transaction. On every channel a private chat's id is
 * the user's id.
 */
final class LeadReminder implements MissingReminder {

	private final DayRoll roll;

	private final Roster roster;

	private final Outbox outbox;

	private final AdminDesk admin;

	LeadReminder(DayRoll roll, Roster roster, Outbox outbox, AdminDesk admin) {
		this.roll = roll;
		this.roster = roster;
		this.outbox = outbox;
		this.admin = admin;
	}

	@Override
	public int remindMissing(LocalDate day) {
		CampaignCalendar calendar = admin.calendar();
		Timeliness now = calendar.timeliness(day, calendar.now());
		if (now == Timeliness.CLOSED) {
			return 0;
		}
		List<Outbound> messages = new ArrayList<>();
		int hamlets = 0;
		for (HamletDay hamletDay : roll.of(day)) {
			if (hamletDay.standing() != Standing.MISSING) {
				continue;
			}
			List<UserRef> reachable = roster.leadsOf(hamletDay.hamlet().code())
				.stream()
				.filter(lead -> outbox.isRunning(lead.channel()))
				.toList();
			if (!reachable.isEmpty()) {
				hamlets++;
			}
			String text = now == Timeliness.ON_TIME
					? admin.text("reminder.lead", hamletDay.hamlet().name(), admin.day(day),
							admin.time(calendar.closes(day)))
					: admin.text("reminder.lead.late", hamletDay.hamlet().name(), admin.day(day),
							admin.time(calendar.closes(day)), admin.time(calendar.lateUntil(day)));
			for (UserRef lead : reachable) {
				messages.add(Outbound.text(lead.channel(), roster.privateChatOf(lead), text));
			}
		}
		outbox.enqueue(messages);
		return hamlets;
	}

}
