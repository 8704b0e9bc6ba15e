package vn.baocao.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.Desk;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.text.MessageSplitter;

/**
 * {@code /summary [dd/MM]}, {@code /tonghop}: posts a day's consolidated summary (today's
 * by default) to the committee now, and tells the admin where it went. Does not count as
 * the day's scheduled summary, which still goes out at its time.
 */
@PerCampaign
@Component
class SummaryCommand implements CommandHandler {

	private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?");

	private final SummaryService summaries;

	private final CampaignCalendar calendar;

	private final ScheduleTexts texts;

	SummaryCommand(SummaryService summaries, CampaignCalendar calendar, ScheduleTexts texts) {
		this.summaries = summaries;
		this.calendar = calendar;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("summary", "tonghop");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return texts.get("help.summary");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		String args = command.args().strip();
		DayChoice choice = args.isEmpty() ? defaultDay() : parse(args);
		if (choice instanceof Refused refused) {
			return Turn.of(state, reply(in, refused.reason()));
		}
		LocalDate day = ((Chosen) choice).day();
		SummaryService.Posting posting = summaries.prepare(day);
		List<Outbound> replies = new ArrayList<>(posting.messages());
		if (posting.recipients().isEmpty()) {
			replies.add(reply(in, texts.get("summary.no-recipient", day.format(Desk.DAY))));
			MessageSplitter.split(posting.text(), MessageSplitter.limit(in.channel()))
				.forEach(part -> replies.add(reply(in, part)));
		}
		else {
			replies.add(reply(in, texts.get("summary.posted", day.format(Desk.DAY), where(posting))));
		}
		return new Turn(state, replies);
	}

	private String where(SummaryService.Posting posting) {
		List<String> parts = new ArrayList<>();
		List<String> groups = posting.recipients()
			.stream()
			.filter(SummaryService.Recipient::group)
			.map(r -> texts.get("channel." + r.channel().key()))
			.toList();
		if (!groups.isEmpty()) {
			parts.add(texts.get("summary.posted.committee", String.join(", ", groups)));
		}
		long members = posting.recipients().stream().filter(r -> !r.group()).count();
		if (members > 0) {
			parts.add(texts.get("summary.posted.members", members));
		}
		return String.join("; ", parts);
	}

	/** The day an admin asked for, or why it cannot be summarised. */
	private sealed interface DayChoice permits Chosen, Refused {

	}

	private record Chosen(LocalDate day) implements DayChoice {
	}

	private record Refused(String reason) implements DayChoice {
	}

	/** Today while the campaign runs; its last day once it is over. */
	private DayChoice defaultDay() {
		LocalDate today = calendar.today();
		var schedule = calendar.schedule();
		if (today.isBefore(schedule.startDate())) {
			return new Refused(texts.get("summary.not-started", schedule.startDate().format(Desk.DAY)));
		}
		return new Chosen(today.isAfter(schedule.endDate()) ? schedule.endDate() : today);
	}

	/**
	 * dd/MM picks the campaign day of that date (a campaign may run across a new year);
	 * dd/MM/yyyy is taken as is.
	 */
	private DayChoice parse(String args) {
		Matcher m = DAY.matcher(args);
		if (!m.matches()) {
			return new Refused(texts.get("summary.bad-day", args));
		}
		int dayOfMonth = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		LocalDate day;
		try {
			day = m.group(3) != null ? LocalDate.of(Integer.parseInt(m.group(3)), month, dayOfMonth)
					: campaignDay(dayOfMonth, month)
						.orElse(LocalDate.of(calendar.today().getYear(), month, dayOfMonth));
		}
		catch (DateTimeException ex) {
			return new Refused(texts.get("summary.bad-day", args));
		}
		var schedule = calendar.schedule();
		if (!calendar.isCampaignDay(day)) {
			return new Refused(texts.get("summary.not-campaign-day", day.format(Desk.DAY),
					schedule.startDate().format(Desk.DAY), schedule.endDate().format(Desk.DAY)));
		}
		if (day.isAfter(calendar.today())) {
			return new Refused(texts.get("summary.future", day.format(Desk.DAY)));
		}
		return new Chosen(day);
	}

	private Optional<LocalDate> campaignDay(int dayOfMonth, int month) {
		return calendar.days()
			.stream()
			.filter(d -> d.getDayOfMonth() == dayOfMonth && d.getMonthValue() == month)
			.findFirst();
	}

	private static Outbound reply(Inbound in, String text) {
		return Outbound.text(in.channel(), in.chatId(), text);
	}

}
