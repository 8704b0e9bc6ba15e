package vn.baocao.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Channel;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.export.ExportFile;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Reachability;
import vn.baocao.messaging.Texts;
import vn.baocao.report.Reports;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.Consolidator;
import vn.baocao.summary.DailySummary;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;
import vn.baocao.summary.MessageSplitter;
import vn.baocao.summary.SentLate;
import vn.baocao.summary.SummaryText;

/**
 * Posts the consolidated summary (and, after the last day, the final report) to the
 * committee chat of every running channel that has one and privately to each committee
 * member listed in the campaign file. Scheduled posts happen once per day; /summary posts
 * whenever asked.
 */
@Service
public class SummaryService {

	private static final Logger log = LoggerFactory.getLogger(SummaryService.class);

	private final Campaign campaign;

	private final CampaignCalendar calendar;

	private final Reports reports;

	private final Excuses excuses;

	private final CommitteeChats committee;

	private final Outbox outbox;

	private final Runs runs;

	private final TransactionTemplate transactions;

	private final ScheduleSettings settings;

	private final Consolidator consolidator;

	private final Roster roster;

	private final SummaryText text;

	private final Timetable timetable;

	private final SummaryAttachments attachments;

	SummaryService(Campaign campaign, CampaignCalendar calendar, Reports reports, Excuses excuses,
			CommitteeChats committee, Outbox outbox, Runs runs, TransactionTemplate transactions,
			ScheduleSettings settings, Roster roster, Supervisors supervisors, SummaryAttachments attachments,
			Reachability reachability) {
		this.attachments = attachments;
		this.roster = roster;
		this.campaign = campaign;
		this.calendar = calendar;
		this.reports = reports;
		this.excuses = excuses;
		this.committee = committee;
		this.outbox = outbox;
		this.runs = runs;
		this.transactions = transactions;
		this.settings = settings;
		this.consolidator = new Consolidator(campaign);
		Texts core = new Texts();
		this.text = new SummaryText(campaign.schedule().zone(), supervisors::namesOf,
				code -> reachability.unreachable(roster.leadsOf(code), roster::privateChatOf)
					.stream()
					.map(reach -> core.get(reach.textKey()))
					.toList());
		this.timetable = new Timetable(calendar);
	}

	/** A chat that gets the summary: a committee group, or a member's private chat. */
	public record Recipient(Channel channel, String chatId, boolean group) {
	}

	/**
	 * A summary ready to go: its text, the messages (split to each channel's limit) and
	 * who gets them.
	 */
	public record Posting(LocalDate day, String text, List<Recipient> recipients, List<Outbound> messages) {

		public Posting {
			recipients = List.copyOf(recipients);
			messages = List.copyOf(messages);
		}

	}

	/**
	 * The day's summary as it stands now, for whoever wants the figures rather than the
	 * text.
	 */
	public DailySummary compute(LocalDate day) {
		return consolidator.daily(day, reports.between(calendar.schedule().startDate(), day), excuses.reasons(day));
	}

	/**
	 * The day's summary for every recipient, with its files (stored now, in the caller's
	 * transaction), not queued: the caller sends it (e.g. as a command's replies).
	 */
	public Posting prepare(LocalDate day) {
		List<ExportFile> made = recipients().isEmpty() ? List.of() : attachments.daily(day);
		return posting(day, text.daily(compute(day), null), attachments.store(made));
	}

	/**
	 * The scheduled summary of {@code day}, once. Sent more than {@code late-after} after
	 * its time (the bot was down at that time), it is still sent, once, and says it is
	 * late.
	 */
	void scheduledDaily(LocalDate day) {
		Run run = Run.summary(day);
		once(run, late -> text.daily(compute(day), late), () -> attachments.daily(day));
	}

	/** The final report after the last day's summary, once. */
	void scheduledFinal() {
		LocalDate lastDay = calendar.schedule().endDate();
		once(Run.campaignEnd(lastDay), late -> {
			CampaignReport report = consolidator.campaign(reports.between(calendar.schedule().startDate(), lastDay),
					excuses::reasons);
			return text.campaign(report, late);
		}, attachments::campaignEnd);
	}

	private interface Composer {

		String text(@Nullable SentLate late);

	}

	/** Makes the files that go with a summary. */
	private interface FileMaker {

		List<ExportFile> files();

	}

	private void once(Run run, Composer composer, FileMaker fileMaker) {
		Instant due = timetable.due(run);
		if (runs.isDone(run)) {
			log.info("{} already sent; this firing does nothing", run.id());
			return;
		}
		// made before the transaction, stored inside it (see SummaryAttachments)
		List<ExportFile> made = recipients().isEmpty() ? List.of() : fileMaker.files();
		transactions.executeWithoutResult(status -> {
			if (runs.isDone(run)) {
				log.info("{} already sent; this firing does nothing", run.id());
				return;
			}
			Instant now = calendar.now();
			SentLate late = now.isAfter(due.plus(settings.lateAfter())) ? new SentLate(due, now) : null;
			Posting posting = posting(run.day(), composer.text(late), attachments.store(made));
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

	private Posting posting(LocalDate day, String summary, List<SummaryAttachments.Attached> attached) {
		List<Recipient> recipients = recipients();
		List<Outbound> messages = new ArrayList<>();
		for (Recipient recipient : recipients) {
			for (String part : MessageSplitter.split(summary, MessageSplitter.limit(recipient.channel()))) {
				messages.add(Outbound.text(recipient.channel(), recipient.chatId(), part));
			}
			for (SummaryAttachments.Attached file : attached) {
				messages.add(new Outbound(recipient.channel(), recipient.chatId(), file.caption(), List.of(),
						file.attachment()));
			}
		}
		return new Posting(day, summary, recipients, messages);
	}

	private List<Recipient> recipients() {
		Set<Recipient> recipients = new LinkedHashSet<>();
		for (Channel channel : Channel.values()) {
			if (!outbox.isRunning(channel)) {
				continue;
			}
			committee.chatId(channel).ifPresent(chat -> recipients.add(new Recipient(channel, chat, true)));
			for (String member : campaign.committee().members().on(channel)) {
				recipients.add(new Recipient(channel, roster.privateChatOf(new UserRef(channel, member)), false));
			}
		}
		return List.copyOf(recipients);
	}

}
