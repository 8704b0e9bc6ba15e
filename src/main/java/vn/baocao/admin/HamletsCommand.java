package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.admin.DayRoll.HamletDay;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.roster.Roster;

/**
 * /hamlets, /dsap: every hamlet with its code, its current leads and where it stands
 * today.
 */
@PerCampaign
@Component
@Order(10)
final class HamletsCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Roster roster;

	private final People people;

	private final DayRoll roll;

	HamletsCommand(AdminDesk admin, Roster roster, People people, DayRoll roll) {
		this.admin = admin;
		this.roster = roster;
		this.people = people;
		this.roll = roll;
	}

	@Override
	public List<String> names() {
		return List.of("hamlets", "dsap");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.hamlets");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		LocalDate today = admin.calendar().today();
		boolean campaignDay = admin.calendar().isCampaignDay(today);
		List<String> lines = new ArrayList<>();
		lines.add(campaignDay ? admin.text("hamlets.title", admin.day(today), admin.time(admin.calendar().now()))
				: admin.text("hamlets.title.no-day", admin.day(today), admin.firstDay(), admin.lastDay()));
		int n = 0;
		for (HamletDay day : roll.of(today)) {
			n++;
			String leads = people.labels(roster.leadsOf(day.hamlet().code()), in.channel());
			lines.add(campaignDay
					? admin.text("hamlets.line", n, day.hamlet().name(), day.hamlet().code(), leads,
							admin.standing(day))
					: admin.text("hamlets.line.no-day", n, day.hamlet().name(), day.hamlet().code(), leads));
		}
		lines.add(admin.text("hamlets.hint"));
		return admin.say(in, state, String.join("\n", lines));
	}

}
