package vn.baocao.communes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.District;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;
import vn.baocao.schedule.SummariesPosted;

/**
 * The district summary of a day, with the district workbook, to the district committee's
 * group and its members privately: once, after the last commune running that day has had
 * its scheduled summary (its run record). Its own run record ({@code schedule_run} of the
 * pseudo-campaign {@value #RUN_OWNER}) keeps it once across restarts and instances.
 */
final class DistrictSummaries implements SummariesPosted {

	static final String RUN_OWNER = "(district)";

	static final String JOB = "district-summary";

	private static final Logger log = LoggerFactory.getLogger(DistrictSummaries.class);

	private final Campaigns campaigns;

	private final Optional<District> district;

	private final DistrictReports reports;

	private final Outbox outbox;

	private final StoredFiles files;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DistrictSummaries(Campaigns campaigns, DistrictReports reports, Outbox outbox, StoredFiles files, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.campaigns = campaigns;
		this.district = campaigns.folder().districtIfAny();
		this.reports = reports;
		this.outbox = outbox;
		this.files = files;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void posted(String campaignId, LocalDate day) {
		if (district.isEmpty()) {
			return;
		}
		try {
			List<String> waiting = waitingFor(day);
			if (!waiting.isEmpty()) {
				log.debug("District summary of {} waits for {}", day, waiting);
				return;
			}
			Integer sent = transactions.execute(status -> claim(day) ? enqueue(day) : -1);
			if (sent != null && sent >= 0) {
				log.info("District summary of {} queued: {} message(s)", day, sent);
			}
		}
		catch (RuntimeException ex) {
			log.error("District summary of {} failed; /tonghop in the district's group sends it", day, ex);
		}
	}

	/**
	 * {@code /tonghop} of a district admin: now, whatever the communes' state; the count
	 * queued.
	 */
	int postNow(LocalDate day) {
		Integer sent = transactions.execute(status -> enqueue(day));
		return sent == null ? 0 : sent;
	}

	/** The communes running on {@code day} whose scheduled summary has not run yet. */
	List<String> waitingFor(LocalDate day) {
		List<String> waiting = new ArrayList<>();
		for (Campaign campaign : campaigns.all()) {
			if (campaigns.bean(campaign.id(), CampaignCalendar.class).isCampaignDay(day) && !ran(campaign.id(), day)) {
				waiting.add(campaign.id());
			}
		}
		return waiting;
	}

	private boolean ran(String campaignId, LocalDate day) {
		return jdbc.sql("SELECT COUNT(*) FROM schedule_run WHERE campaign_id = ? AND job = 'summary' AND day = ?")
			.params(campaignId, day.toString())
			.query(Long.class)
			.single() > 0;
	}

	private boolean claim(LocalDate day) {
		long now = clock.millis();
		return jdbc.sql("""
				INSERT INTO schedule_run (campaign_id, job, day, due_at, ran_at, outcome, messages)
				VALUES (?, ?, ?, ?, ?, 'SENT', 0) ON CONFLICT (campaign_id, job, day) DO NOTHING""")
			.params(RUN_OWNER, JOB, day.toString(), now, now)
			.update() == 1;
	}

	private int enqueue(LocalDate day) {
		List<Recipient> recipients = recipients();
		if (recipients.isEmpty()) {
			return 0;
		}
		String text = reports.summaryText(day);
		Attachment workbook = files.store(reports.workbook(reports.firstDay(), day));
		List<Outbound> messages = new ArrayList<>();
		for (Recipient recipient : recipients) {
			messages.add(Outbound.text(recipient.channel(), recipient.chatId(), text));
			messages.add(new Outbound(recipient.channel(), recipient.chatId(), reports.workbookCaption(day), List.of(),
					workbook));
		}
		outbox.enqueueScheduled(messages);
		return messages.size();
	}

	private record Recipient(Channel channel, String chatId) {
	}

	/** The district's group on every running channel, and its members privately. */
	private List<Recipient> recipients() {
		District d = district.orElseThrow();
		List<Recipient> recipients = new ArrayList<>();
		// private chats are shared by every campaign: any campaign's roster knows them
		Roster roster = campaigns.bean(campaigns.first().id(), Roster.class);
		for (Channel channel : Channel.values()) {
			if (!outbox.isRunning(channel)) {
				continue;
			}
			d.committee().chatId(channel).ifPresent(chat -> recipients.add(new Recipient(channel, chat)));
			for (String member : d.committee().members().on(channel)) {
				recipients.add(new Recipient(channel, roster.privateChatOf(new UserRef(channel, member))));
			}
		}
		return recipients;
	}

}
