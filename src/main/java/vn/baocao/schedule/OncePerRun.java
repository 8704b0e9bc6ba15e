package vn.baocao.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.export.ExportFile;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.summary.SentLate;
import vn.baocao.text.MessageSplitter;

/**
 * Sends a scheduled posting (a day's summary, the final report) exactly once across
 * firings and restarts: its files made before the transaction, then in one transaction
 * the run claimed, the files stored and the messages queued. Sent more than
 * {@code late-after} after its time (the bot was down), it still goes, once, and says it
 * is late.
 */
@PerCampaign
@Component
class OncePerRun {

	private static final Logger log = LoggerFactory.getLogger(OncePerRun.class);

	private final CampaignCalendar calendar;

	private final Outbox outbox;

	private final Runs runs;

	private final TransactionTemplate transactions;

	private final ScheduleSettings settings;

	private final SummaryAttachments attachments;

	private final Timetable timetable;

	OncePerRun(CampaignCalendar calendar, Outbox outbox, Runs runs, TransactionTemplate transactions,
			ScheduleSettings settings, SummaryAttachments attachments) {
		this.calendar = calendar;
		this.outbox = outbox;
		this.runs = runs;
		this.transactions = transactions;
		this.settings = settings;
		this.attachments = attachments;
		this.timetable = new Timetable(calendar);
	}

	/** The text of a posting, told whether (and how) it is late. */
	interface Composer {

		String text(@Nullable SentLate late);

	}

	void send(Run run, Composer composer, Supplier<List<ExportFile>> fileMaker,
			Supplier<List<SummaryService.Recipient>> recipientsOf) {
		Instant due = timetable.due(run);
		if (runs.isDone(run)) {
			log.info("{} already sent; this firing does nothing", run.id());
			return;
		}
		List<SummaryService.Recipient> recipients = recipientsOf.get();
		// made before the transaction, stored inside it (see SummaryAttachments)
		List<ExportFile> made = recipients.isEmpty() ? List.of() : fileMaker.get();
		transactions.executeWithoutResult(status -> {
			if (runs.isDone(run)) {
				log.info("{} already sent; this firing does nothing", run.id());
				return;
			}
			Instant now = calendar.now();
			SentLate late = now.isAfter(due.plus(settings.lateAfter())) ? new SentLate(due, now) : null;
			SummaryService.Posting posting = posting(run.day(), composer.text(late), attachments.store(made),
					recipients);
			if (!runs.claim(run, due, now, late == null ? Outcome.SENT : Outcome.SENT_LATE,
					posting.messages().size())) {
				// another firing got there first: its files are the ones sent
				status.setRollbackOnly();
			}
			else {
				outbox.enqueueScheduled(posting.messages());
				if (posting.recipients().isEmpty()) {
					log.warn("{}: no committee chat and no committee member on a running channel; nothing sent",
							run.id());
				}
				else {
					log.info("{} sent{} to {} chat(s)", run.id(), late == null ? "" : " late",
							posting.recipients().size());
				}
			}
		});
	}

	/**
	 * The text split to each recipient's channel limit, then the files, per recipient.
	 */
	static SummaryService.Posting posting(LocalDate day, String text, List<SummaryAttachments.Attached> attached,
			List<SummaryService.Recipient> recipients) {
		List<Outbound> messages = new ArrayList<>();
		for (SummaryService.Recipient recipient : recipients) {
			for (String part : MessageSplitter.split(text, MessageSplitter.limit(recipient.channel()))) {
				messages.add(Outbound.text(recipient.channel(), recipient.chatId(), part));
			}
			for (SummaryAttachments.Attached file : attached) {
				messages.add(new Outbound(recipient.channel(), recipient.chatId(), file.caption(), List.of(),
						file.attachment()));
			}
		}
		return new SummaryService.Posting(day, text, recipients, messages);
	}

}
