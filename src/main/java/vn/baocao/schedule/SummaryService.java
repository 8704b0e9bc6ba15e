package vn.baocao.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.export.ExportFile;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Reachability;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Reviews;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.summary.Consolidator;
import vn.baocao.summary.DailySummary;
import vn.baocao.summary.SummaryText;

/**
 * The day's consolidated summary: its figures, the posting /summary sends now, and the
 * scheduled post, once per day ({@link OncePerRun}), to the committee chat of every
 * running channel that has one and privately to each committee member listed in the
 * campaign file. The final report after the last day is {@link FinalReportService}'s.
 */
@PerCampaign
@Service
public class SummaryService {

	private final CampaignCalendar calendar;

	private final Reports reports;

	private final Excuses excuses;

	private final Consolidator consolidator;

	private final SummaryText text;

	private final SummaryAttachments attachments;

	private final SummaryRecipients recipients;

	private final OncePerRun once;

	private final Reviews reviews;

	SummaryService(Campaign campaign, CampaignCalendar calendar, Reports reports, Excuses excuses,
			Supervisors supervisors, SummaryAttachments attachments, SummaryRecipients recipients, OncePerRun once,
			Reviews reviews, Roster roster, Reachability reachability) {
		this.reviews = reviews;
		this.calendar = calendar;
		this.reports = reports;
		this.excuses = excuses;
		this.attachments = attachments;
		this.recipients = recipients;
		this.once = once;
		this.consolidator = new Consolidator(campaign);
		Texts core = new Texts();
		this.text = new SummaryText(campaign.schedule().zone(), supervisors::namesOf,
				code -> reachability.unreachable(roster.leadsOf(code), roster::privateChatOf)
					.stream()
					.map(reach -> core.get(reach.textKey()))
					.toList());
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
		List<DailyReport> upToDay = reports.between(calendar.schedule().startDate(), day);
		return consolidator.daily(day, upToDay, excuses.reasons(day),
				reviews.statesOf(upToDay.stream().filter(r -> r.day().equals(day)).toList()));
	}

	/**
	 * The day's summary for every recipient, with its files (stored now, in the caller's
	 * transaction), not queued: the caller sends it (e.g. as a command's replies).
	 */
	public Posting prepare(LocalDate day) {
		List<Recipient> to = recipients.committee();
		List<ExportFile> made = to.isEmpty() ? List.of() : attachments.daily(day);
		return OncePerRun.posting(day, text.daily(compute(day), null), attachments.store(made), to);
	}

	/**
	 * The scheduled summary of {@code day}, once. Sent more than {@code late-after} after
	 * its time (the bot was down at that time), it is still sent, once, and says it is
	 * late.
	 */
	void scheduledDaily(LocalDate day) {
		once.send(Run.summary(day), late -> text.daily(compute(day), late), () -> attachments.daily(day),
				recipients::committee);
	}

}
