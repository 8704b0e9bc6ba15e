package vn.baocao.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Timeliness;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.Desk;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;
import vn.baocao.supervisor.SupervisorEscalation;
import vn.baocao.text.MessageSplitter;

/**
 * Reminders, scheduled and on demand. A lead's private chat id is their user id on every
 * channel, so a reminder goes to the user id the roster holds.
 */
@PerCampaign
@Service
class ReminderService implements Reminders {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Campaign campaign;

	private final CampaignCalendar calendar;

	private final Reports reports;

	private final Roster roster;

	private final SupervisorEscalation escalation;

	private final Excuses excuses;

	private final Outbox outbox;

	private final Runs runs;

	private final TransactionTemplate transactions;

	private final ScheduleTexts texts;

	private final Timetable timetable;

	ReminderService(Campaign campaign, CampaignCalendar calendar, Reports reports, Roster roster, Excuses excuses,
			Outbox outbox, Runs runs, TransactionTemplate transactions, ScheduleTexts texts,
			SupervisorEscalation escalation) {
		this.escalation = escalation;
		this.campaign = campaign;
		this.calendar = calendar;
		this.reports = reports;
		this.roster = roster;
		this.excuses = excuses;
		this.outbox = outbox;
		this.runs = runs;
		this.transactions = transactions;
		this.texts = texts;
		this.timetable = new Timetable(calendar);
	}

	@Override
	public Reminding remindMissing(LocalDate day) {
		return transactions.execute(status -> {
			Round round = compose(day);
			outbox.enqueueScheduled(round.messages());
			return round.reminding();
		});
	}

	/**
	 * The reminder at {@code slot} of {@code day}, once. Fired too late it is dropped
	 * (and recorded as dropped): after the window closed, or when a later reminder of the
	 * day is already due.
	 */
	void scheduled(LocalDate day, LocalTime slot) {
		Run run = Run.reminder(day, slot);
		Instant due = timetable.due(run);
		transactions.executeWithoutResult(status -> {
			if (runs.isDone(run)) {
				log.info("Reminder {} already done; this firing does nothing", run.id());
				return;
			}
			Instant now = calendar.now();
			Outcome outcome = outcome(day, slot, now);
			Round round = outcome == Outcome.SENT ? compose(day) : Round.NONE;
			if (!runs.claim(run, due, now, outcome, round.messages().size())) {
				return;
			}
			outbox.enqueueScheduled(round.messages());
			if (outcome == Outcome.SENT && isLastReminder(slot)) {
				outbox.enqueueScheduled(escalation.escalate(day, SupervisorEscalation.Stage.LAST_REMINDER));
			}
			if (outcome == Outcome.SENT) {
				log.info("Reminder {}: {} hamlet(s) missing, {} lead(s) reminded, {} without a lead", run.id(),
						round.reminding().missing().size(), round.reminding().leadsReminded(),
						round.reminding().unassigned().size());
			}
			else {
				log.info("Reminder {} fired at {}, too late: {}", run.id(), now, outcome);
			}
		});
	}

	private boolean isLastReminder(LocalTime slot) {
		List<LocalTime> slots = calendar.schedule().reminders();
		return slot.equals(slots.get(slots.size() - 1));
	}

	private Outcome outcome(LocalDate day, LocalTime slot, Instant now) {
		if (!now.isBefore(calendar.closes(day))) {
			return Outcome.DROPPED_WINDOW_CLOSED;
		}
		boolean superseded = calendar.schedule()
			.reminders()
			.stream()
			.anyMatch(later -> later.isAfter(slot) && !calendar.at(day, later).isAfter(now));
		return superseded ? Outcome.DROPPED_SUPERSEDED : Outcome.SENT;
	}

	private record Round(Reminding reminding, List<Outbound> messages) {

		static final Round NONE = new Round(new Reminding(LocalDate.EPOCH, List.of(), List.of(), 0), List.of());

	}

	private Round compose(LocalDate day) {
		Set<String> reported = reports.forDay(day).stream().map(DailyReport::hamletCode).collect(Collectors.toSet());
		Map<String, String> excused = excuses.reasons(day);
		List<Unit> missing = campaign.units()
			.stream()
			.filter(h -> !reported.contains(h.code()) && !excused.containsKey(h.code()))
			.toList();
		Map<UserRef, List<Unit>> byLead = new LinkedHashMap<>();
		List<Unit> unassigned = new ArrayList<>();
		for (Unit hamlet : missing) {
			List<UserRef> leads = roster.leadsOf(hamlet.code());
			if (leads.isEmpty()) {
				unassigned.add(hamlet);
			}
			for (UserRef lead : leads) {
				if (outbox.isRunning(lead.channel())) {
					byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(hamlet);
				}
			}
		}
		List<Outbound> messages = new ArrayList<>();
		byLead.forEach((lead, hamlets) -> messages
			.add(Outbound.text(lead.channel(), roster.privateChatOf(lead), leadText(day, hamlets))));
		if (!unassigned.isEmpty()) {
			messages.addAll(toAdmins(day, unassigned));
		}
		Reminding reminding = new Reminding(day, missing.stream().map(Unit::code).toList(),
				unassigned.stream().map(Unit::code).toList(), byLead.size());
		return new Round(reminding, messages);
	}

	private String leadText(LocalDate day, List<Unit> hamlets) {
		String names = hamlets.stream().map(Unit::name).collect(Collectors.joining(", "));
		var schedule = calendar.schedule();
		boolean windowOpen = calendar.timeliness(day, calendar.now()) == Timeliness.ON_TIME;
		return windowOpen
				? texts.get("remind.lead", day.format(Desk.DAY), names, time(schedule.opens()), time(schedule.closes()))
				: texts.get("remind.lead.late", day.format(Desk.DAY), names, time(schedule.closes()),
						time(schedule.lateUntil()));
	}

	/**
	 * 15:00, or 15:00:30 when the campaign file gives seconds (a deadline must not look
	 * earlier than it is).
	 */
	private static String time(LocalTime time) {
		return time.getSecond() == 0 ? time.format(Desk.TIME) : time.format(WITH_SECONDS);
	}

	private List<Outbound> toAdmins(LocalDate day, List<Unit> unassigned) {
		String lines = unassigned.stream()
			.map(h -> texts.get("remind.admins.line", h.name(), h.code()))
			.collect(Collectors.joining("\n"));
		String text = texts.get("remind.admins", day.format(Desk.DAY), lines);
		List<Outbound> messages = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			if (outbox.isRunning(channel)) {
				for (String admin : campaign.admins().on(channel)) {
					MessageSplitter.split(text, MessageSplitter.limit(channel))
						.forEach(part -> messages
							.add(Outbound.text(channel, roster.privateChatOf(new UserRef(channel, admin)), part)));
				}
			}
		}
		if (messages.isEmpty()) {
			log.warn("Hamlets without a lead on {} and no admin on a running channel to tell: {}", day,
					unassigned.stream().map(Unit::code).toList());
		}
		return messages;
	}

}
