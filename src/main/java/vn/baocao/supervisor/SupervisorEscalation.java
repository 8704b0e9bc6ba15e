package vn.baocao.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Timeliness;
import vn.baocao.campaign.Unit;
import vn.baocao.messaging.Outbound;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * Tells each supervisor, privately, which of their hamlets have still not reported: at
 * the campaign's last reminder (with the leads to call and the time left), and once the
 * window has closed (a short "still missing" note). A hamlet that reported or is excused
 * is never mentioned; a supervisor of several missing hamlets gets one message naming
 * them all.
 *
 * <p>
 * How to call it: inside a transaction, enqueue what it returns in that same transaction,
 * e.g. from a scheduled job:
 *
 * <pre>
 * transactions.executeWithoutResult(status -&gt; outbox.enqueue(escalation.escalate(day, Stage.LAST_REMINDER)));
 * </pre>
 *
 * Each (stage, day, hamlet, supervisor account) is claimed in that transaction, so the
 * same account is never told the same thing twice, whether the caller runs it twice, two
 * instances race, or the application restarts in between; and nothing is claimed unless
 * the messages are queued. A call outside its moment does nothing: the last-reminder
 * stage only from the last reminder time until the window closes, the window-closed stage
 * only between the close and late-until, both only on campaign days.
 */
@PerCampaign
@Service
public class SupervisorEscalation {

	private static final Logger log = LoggerFactory.getLogger(SupervisorEscalation.class);

	/** The two moments a supervisor hears of a hamlet that has not reported. */
	public enum Stage {

		/** At the campaign's last reminder: who to call and how long is left. */
		LAST_REMINDER,
		/** After the window closed: which hamlets are still missing. */
		WINDOW_CLOSED

	}

	private final HamletDays days;

	private final Recipients recipients;

	private final Escalations escalations;

	private final SupervisorTexts texts;

	private final CampaignCalendar calendar;

	private final Roster roster;

	SupervisorEscalation(HamletDays days, Recipients recipients, Escalations escalations, SupervisorTexts texts,
			CampaignCalendar calendar, Roster roster) {
		this.days = days;
		this.recipients = recipients;
		this.escalations = escalations;
		this.texts = texts;
		this.calendar = calendar;
		this.roster = roster;
	}

	/**
	 * The messages to enqueue for this stage of the day, one per supervisor account that
	 * has something new to hear; empty outside the stage's moment.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Outbound> escalate(LocalDate day, Stage stage) {
		Instant now = calendar.now();
		if (!isDue(day, stage, now)) {
			log.info("Supervisor escalation {} of {} at {}: not its moment, nothing sent", stage, day, now);
			return List.of();
		}
		Map<UserRef, List<Unit>> news = new LinkedHashMap<>();
		for (HamletDay hamletDay : days.of(day)) {
			if (!hamletDay.isMissing()) {
				continue;
			}
			Unit hamlet = hamletDay.hamlet();
			for (UserRef account : recipients.of(hamlet.code())) {
				if (escalations.claim(stage, day, hamlet.code(), account, now)) {
					news.computeIfAbsent(account, a -> new ArrayList<>()).add(hamlet);
				}
			}
		}
		List<Outbound> messages = new ArrayList<>();
		news.forEach((account, hamlets) -> messages.add(recipients.message(account, text(stage, day, now, hamlets))));
		log.info("Supervisor escalation {} of {}: {} supervisor account(s) told", stage, day, messages.size());
		return messages;
	}

	private boolean isDue(LocalDate day, Stage stage, Instant now) {
		Timeliness moment = calendar.timeliness(day, now);
		if (stage == Stage.WINDOW_CLOSED) {
			return moment == Timeliness.LATE;
		}
		List<Instant> reminders = calendar.reminders(day);
		Instant from = reminders.isEmpty() ? calendar.opens(day) : reminders.get(reminders.size() - 1);
		return moment == Timeliness.ON_TIME && !now.isBefore(from);
	}

	private String text(Stage stage, LocalDate day, Instant now, List<Unit> hamlets) {
		Instant closes = calendar.closes(day);
		if (stage == Stage.WINDOW_CLOSED) {
			String names = hamlets.stream().map(Unit::name).collect(Collectors.joining(", "));
			return texts.get("escalation.window-closed", texts.day(day), texts.time(closes), names,
					texts.time(calendar.lateUntil(day)));
		}
		String lines = hamlets.stream().map(this::whoToCall).collect(Collectors.joining("\n"));
		return texts.get("escalation.last-reminder", texts.duration(Duration.between(now, closes)), texts.day(day),
				texts.time(closes), hamlets.size(), lines);
	}

	private String whoToCall(Unit hamlet) {
		List<UserRef> leads = roster.leadsOf(hamlet.code());
		return leads.isEmpty() ? texts.get("escalation.hamlet.no-lead", hamlet.name(), hamlet.code())
				: texts.get("escalation.hamlet.leads", hamlet.name(), texts.leads(leads));
	}

}
