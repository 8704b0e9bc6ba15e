package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.admin.DayRoll.HamletDay;
import vn.baocao.admin.DayRoll.Standing;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Timeliness;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.roster.Roster;

/**
 * /remind, /nhac: remind today's missing hamlets now, and tell the admin which ones were
 * reminded and which have nobody to remind.
 */
@PerCampaign
@Component
@Order(80)
final class RemindCommand implements CommandHandler {

	private final AdminDesk admin;

	private final DayRoll roll;

	private final Roster roster;

	private final MissingReminder reminder;

	private final AuditLog audit;

	RemindCommand(AdminDesk admin, DayRoll roll, Roster roster, MissingReminder reminder, AuditLog audit) {
		this.admin = admin;
		this.roll = roll;
		this.roster = roster;
		this.reminder = reminder;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("remind", "nhac");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.remind");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		CampaignCalendar calendar = admin.calendar();
		LocalDate today = calendar.today();
		if (!calendar.isCampaignDay(today)) {
			return admin.answer(in, state, "remind.not-campaign-day", admin.day(today), admin.firstDay(),
					admin.lastDay());
		}
		if (calendar.timeliness(today, calendar.now()) == Timeliness.CLOSED) {
			return admin.answer(in, state, "remind.closed", admin.day(today), admin.time(calendar.lateUntil(today)));
		}
		List<Unit> missing = roll.of(today)
			.stream()
			.filter(day -> day.standing() == Standing.MISSING)
			.map(HamletDay::hamlet)
			.toList();
		if (missing.isEmpty()) {
			return admin.answer(in, state, "remind.nothing", admin.day(today));
		}
		List<Unit> withoutLead = missing.stream().filter(h -> roster.leadsOf(h.code()).isEmpty()).toList();
		List<Unit> withLead = missing.stream().filter(h -> !withoutLead.contains(h)).toList();
		int reminded = reminder.remindMissing(today);
		audit.record(in.user(), command.name(), command.args(), admin.text("audit.missing", names(missing)),
				admin.text("audit.reminded", reminded));
		List<Outbound> replies = new ArrayList<>();
		if (!withLead.isEmpty()) {
			replies.add(admin.reply(in, "remind.done", reminded, admin.day(today), names(withLead)));
		}
		if (!withoutLead.isEmpty()) {
			replies.add(admin.reply(in, "remind.no-lead", names(withoutLead)));
		}
		return new Turn(state, replies);
	}

	private static String names(List<Unit> hamlets) {
		return hamlets.stream().map(Unit::name).collect(Collectors.joining(", "));
	}

}
