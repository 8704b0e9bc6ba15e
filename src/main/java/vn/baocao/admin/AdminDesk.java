package vn.baocao.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.Desk;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;

/**
 * What every admin command works with besides its own collaborators: the core desk, the
 * admin texts, and the answers all of them give alike (usage, unknown hamlet, dates and
 * times).
 */
@PerCampaign
@Component
final class AdminDesk {

	static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/** How admins type a day, and how examples show it. */
	static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

	private final Desk desk;

	private final Texts texts = new Texts("messages/admin");

	AdminDesk(Desk desk) {
		this.desk = desk;
	}

	Desk desk() {
		return desk;
	}

	Campaign campaign() {
		return desk.campaign();
	}

	CampaignCalendar calendar() {
		return desk.calendar();
	}

	String text(String key, Object... args) {
		return texts.get(key, args);
	}

	Outbound reply(Inbound in, String key, Object... args) {
		return Outbound.text(in.channel(), in.chatId(), text(key, args));
	}

	Turn answer(Inbound in, DialogState state, String key, Object... args) {
		return Turn.of(state, reply(in, key, args));
	}

	/** A text already put together from the bundle's sentences (a list, lines joined). */
	Turn say(Inbound in, DialogState state, String text) {
		return Turn.of(state, Outbound.text(in.channel(), in.chatId(), text));
	}

	/** The command's usage, in answer to arguments that could not be read. */
	Turn usage(Inbound in, DialogState state, String canonicalName) {
		return answer(in, state, "usage." + canonicalName);
	}

	/**
	 * The answer to a typed day that is not a campaign day: the campaign's dates for a
	 * real date, the usage for anything else.
	 */
	Turn notACampaignDay(Inbound in, DialogState state, CampaignDays.Typed typed, String canonicalName) {
		if (typed instanceof CampaignDays.Outside outside) {
			return answer(in, state, "day.outside", day(outside.day()), firstDay(), lastDay());
		}
		return usage(in, state, canonicalName);
	}

	/** The answer when a command means "today" but today is not a campaign day. */
	Turn todayOutside(Inbound in, DialogState state, String example) {
		return answer(in, state, "day.today-outside", day(calendar().today()), firstDay(), lastDay(), example);
	}

	/** The first campaign day as admins would type it, for examples. */
	String exampleDay() {
		return campaign().schedule().startDate().format(DAY_MONTH);
	}

	Optional<Unit> hamlet(String typed) {
		return campaign().unit(typed.strip().toLowerCase(Locale.ROOT));
	}

	Turn unknownHamlet(Inbound in, DialogState state, String typed) {
		String codes = campaign().units().stream().map(Unit::code).collect(Collectors.joining(", "));
		return answer(in, state, campaign().hasOrganisations() ? "hamlet.unknown.units" : "hamlet.unknown", typed,
				codes);
	}

	/** The command's arguments split on whitespace; empty when there are none. */
	static List<String> words(Inbound.Command command) {
		String args = command.args().strip();
		return args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+"));
	}

	String day(LocalDate day) {
		return day.format(Desk.DAY);
	}

	String time(Instant instant) {
		return calendar().local(instant).format(Desk.TIME);
	}

	String dayTime(Instant instant) {
		return calendar().local(instant).format(DAY_TIME);
	}

	String channelName(Channel channel) {
		return text("channel." + channel.key());
	}

	/** "✅ đúng hạn, gửi lúc 13:45", "❌ chưa báo cáo", "➖ được vắng (ốm)". */
	String standing(DayRoll.HamletDay day) {
		var report = day.report();
		var excuse = day.excuse();
		return switch (day.standing()) {
			case ON_TIME -> text("state.on_time", time(report.first().submittedAt()));
			case LATE -> text("state.late", time(report.first().submittedAt()));
			case EXCUSED ->
				excuse.reason().isBlank() ? text("state.excused") : text("state.excused.reason", excuse.reason());
			case MISSING -> text("state.missing");
		};
	}

	/** How the audit log words a hamlet's excuse for a day: null when it has none. */
	String excuseForAudit(LocalDate day, @Nullable String reason) {
		if (reason == null) {
			return text("audit.not-excused", day(day));
		}
		return reason.isEmpty() ? text("audit.excused", day(day)) : text("audit.excused.reason", day(day), reason);
	}

	/** The campaign's first and last day, as the answers about dates quote them. */
	String firstDay() {
		return day(campaign().schedule().startDate());
	}

	String lastDay() {
		return day(campaign().schedule().endDate());
	}

}
