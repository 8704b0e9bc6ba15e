package vn.baocao.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.baocao.admin.DayRoll.HamletDay;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.campaign.UnitKind;
import vn.baocao.conversation.Conversations;
import vn.baocao.conversation.Desk;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.messaging.Outbound;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * Taking a hamlet from its leads and giving it to a new one, with what the people
 * concerned must hear: a lead who loses the hamlet has their open draft for it closed and
 * is told, a new lead is greeted with the hamlet and today's state. Nobody keeps filling
 * in a report they may no longer send.
 */
@PerCampaign
@Component
final class LeadChanges {

	private final AdminDesk admin;

	private final Roster roster;

	private final Conversations conversations;

	private final DayRoll roll;

	LeadChanges(AdminDesk admin, Roster roster, Conversations conversations, DayRoll roll) {
		this.admin = admin;
		this.roster = roster;
		this.conversations = conversations;
		this.roll = roll;
	}

	/**
	 * What releasing leads produced: the next state of the chat the command came from (it
	 * may be a released lead's own private chat, which the caller's turn saves) and the
	 * messages for them.
	 */
	record Released(DialogState stateHere, List<Outbound> messages) {
	}

	Released release(Inbound in, DialogState state, Unit hamlet, List<UserRef> leaving) {
		Instant now = admin.calendar().now();
		DialogState here = state;
		List<Outbound> messages = new ArrayList<>();
		for (UserRef lead : leaving) {
			roster.endLead(hamlet.code(), lead, now);
			String chat = roster.privateChatOf(lead);
			boolean ownChat = in.isPrivate() && in.channel() == lead.channel() && in.chatId().equals(chat);
			DialogState theirs = ownChat ? here : conversations.load(lead.channel(), chat);
			DialogState closed = closeFor(theirs, hamlet.code());
			boolean hadDraft = theirs instanceof DialogState.Filling && closed != null;
			if (closed != null && ownChat) {
				here = closed;
			}
			else if (closed != null) {
				conversations.save(lead.channel(), chat, closed);
			}
			messages.add(Outbound.text(lead.channel(), chat,
					admin.text(hadDraft ? byKind("lead.released.draft", hamlet) : "lead.released", hamlet.name())));
		}
		return new Released(here, messages);
	}

	/** The welcome a newly assigned lead gets in their private chat. */
	Outbound greet(ChatUser lead, Unit hamlet) {
		CampaignCalendar calendar = admin.calendar();
		LocalDate today = calendar.today();
		var schedule = admin.campaign().schedule();
		return Outbound.text(lead.ref().channel(), roster.privateChatOf(lead.ref()),
				admin.text("lead.greeting", lead.shownName(), hamlet.name(), admin.day(today), today(hamlet, today),
						schedule.opens().format(Desk.TIME), schedule.closes().format(Desk.TIME)));
	}

	private String today(Unit hamlet, LocalDate today) {
		if (!admin.calendar().isCampaignDay(today)) {
			return admin.text("greeting.today.none");
		}
		HamletDay day = roll.of(hamlet, today);
		if (day.report() != null) {
			var first = day.report().first();
			return admin.text(byKind("greeting.today.reported", hamlet), admin.time(first.submittedAt()),
					first.submittedByName());
		}
		return admin.text(byKind(day.excuse() != null ? "greeting.today.excused" : "greeting.today.missing", hamlet));
	}

	/** An organisation's lead reads "đơn vị" where a hamlet's reads "ấp". */
	private static String byKind(String key, Unit unit) {
		return unit.kind() == UnitKind.ORGANISATION ? key + ".unit" : key;
	}

	/**
	 * The state without the hamlet's draft or hamlet choice, or null when it has neither.
	 */
	private static @Nullable DialogState closeFor(DialogState state, String hamletCode) {
		if (state instanceof DialogState.Filling filling && filling.draft().hamlet().equals(hamletCode)) {
			return filling.toIdle();
		}
		if (state instanceof DialogState.ChoosingHamlet choosing && choosing.hamlets().contains(hamletCode)) {
			return choosing.toIdle();
		}
		return null;
	}

}
