package vn.baocao.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.supervisor.SupervisorEscalation;

/**
 * At the window's close, once per day: the supervisors of hamlets still missing get their
 * short "still missing" note. Fired after late-until (the bot was down) it is dropped and
 * recorded.
 */
@PerCampaign
@Service
class WindowCloseService {

	private static final Logger log = LoggerFactory.getLogger(WindowCloseService.class);

	private final SupervisorEscalation escalation;

	private final Outbox outbox;

	private final Runs runs;

	private final CampaignCalendar calendar;

	private final TransactionTemplate transactions;

	WindowCloseService(SupervisorEscalation escalation, Outbox outbox, Runs runs, CampaignCalendar calendar,
			TransactionTemplate transactions) {
		this.escalation = escalation;
		this.outbox = outbox;
		this.runs = runs;
		this.calendar = calendar;
		this.transactions = transactions;
	}

	void scheduled(LocalDate day) {
		Run run = Run.close(day);
		transactions.executeWithoutResult(status -> {
			if (runs.isDone(run)) {
				return;
			}
			Instant now = calendar.now();
			List<Outbound> notes = escalation.escalate(day, SupervisorEscalation.Stage.WINDOW_CLOSED);
			Outcome outcome = now.isAfter(calendar.lateUntil(day)) ? Outcome.DROPPED_WINDOW_CLOSED : Outcome.SENT;
			if (!runs.claim(run, calendar.closes(day), now, outcome, notes.size())) {
				return;
			}
			outbox.enqueueScheduled(notes);
			log.info("Window close {}: {} supervisor note(s)", run.id(), notes.size());
		});
	}

}
