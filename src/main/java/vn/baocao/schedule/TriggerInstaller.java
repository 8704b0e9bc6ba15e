package vn.baocao.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.CampaignFolder;
import vn.baocao.campaign.PerCampaign;

/**
 * Builds Quartz's triggers from the campaign file at every start, before the scheduler
 * runs (Quartz keeps them in memory; what must outlive a restart is in our tables): one
 * trigger per reminder time and per summary of each campaign day, at its instant in the
 * campaign's zone. A run already recorded needs none. A run due since the schedule was
 * first installed and not recorded was missed while the bot was down: its trigger gets
 * its past time, so Quartz fires it at once and the service applies the missed-run
 * policy. Runs due before the first installation were never scheduled and are not caught
 * up. Run again, it moves, adds and removes triggers so that they match the file and the
 * records.
 */
@PerCampaign
@Component
class TriggerInstaller implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TriggerInstaller.class);

	static final String GROUP = "baocao";

	static final String DAY = "day";

	static final String SLOT = "slot";

	/** With several campaigns, which campaign a trigger is of. */
	static final String CAMPAIGN = "campaign";

	static final JobKey REMINDER_JOB = JobKey.jobKey("reminder", GROUP);

	static final JobKey SUMMARY_JOB = JobKey.jobKey("summary", GROUP);

	static final JobKey CLOSE_JOB = JobKey.jobKey("close", GROUP);

	/**
	 * Quartz fires on the system's time; a clock further off than this is a test clock.
	 */
	private static final Duration REAL_TIME = Duration.ofMinutes(1);

	private final Scheduler scheduler;

	private final CampaignCalendar calendar;

	private final Timetable timetable;

	private final Runs runs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/**
	 * The campaign's own group of jobs and triggers (the one campaign's: {@link #GROUP}).
	 */
	private final String group;

	private final String campaignId;

	TriggerInstaller(Scheduler scheduler, CampaignCalendar calendar, Runs runs, TransactionTemplate transactions,
			Clock clock, Campaign campaign, CampaignFolder folder) {
		this.campaignId = campaign.id();
		this.group = folder.several() ? GROUP + "/" + campaign.id() : GROUP;
		this.scheduler = scheduler;
		this.calendar = calendar;
		this.timetable = new Timetable(calendar);
		this.runs = runs;
		this.transactions = transactions;
		this.clock = clock;
	}

	record Installed(int wanted, int added, int moved, int removed) {
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (Duration.ofMillis(Math.abs(clock.millis() - System.currentTimeMillis())).compareTo(REAL_TIME) > 0) {
			// Every trigger would fire at once against the real time; tests drive the
			// services directly.
			log.warn("The clock is not the system's time (a test clock): reminders and summaries are not scheduled");
			return;
		}
		Installed installed = transactions.execute(status -> install());
		log.info("Schedule: {} run(s) waiting ({} added, {} moved, {} removed); reminders at {}, summary at {}, {}",
				installed.wanted(), installed.added(), installed.moved(), installed.removed(),
				calendar.schedule().reminders(), calendar.schedule().summaryAt(), calendar.schedule().zone());
	}

	Installed install() {
		try {
			return sync();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot install the schedule in Quartz: " + ex.getMessage(), ex);
		}
	}

	private Installed sync() throws SchedulerException {
		Instant now = calendar.now();
		Instant since = runs.installedSince(now);
		scheduler.addJob(job(ReminderJob.class, job(REMINDER_JOB), "Reminds the leads of hamlets not reported yet"),
				true);
		scheduler.addJob(job(SummaryJob.class, job(SUMMARY_JOB), "Posts the day's consolidated summary"), true);
		scheduler.addJob(job(WindowCloseJob.class, job(CLOSE_JOB), "Tells supervisors of hamlets still missing"), true);
		Set<String> done = runs.doneIds();
		Map<TriggerKey, Timetable.Due> wanted = new LinkedHashMap<>();
		for (Timetable.Due due : timetable.triggered()) {
			if (!isDone(due.run(), done) && !due.at().isBefore(since)) {
				wanted.put(keyHere(due.run()), due);
			}
		}
		int removed = 0;
		for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
			if (!wanted.containsKey(key)) {
				scheduler.unscheduleJob(key);
				removed++;
			}
		}
		int added = 0;
		int moved = 0;
		for (Map.Entry<TriggerKey, Timetable.Due> entry : wanted.entrySet()) {
			Trigger current = scheduler.getTrigger(entry.getKey());
			Timetable.Due due = entry.getValue();
			if (current == null) {
				scheduler.scheduleJob(trigger(due));
				added++;
			}
			else if (!current.getStartTime().toInstant().equals(due.at())) {
				// The file moved it (or it waits for a retry): its new time, even a past
				// one, which fires at once.
				scheduler.rescheduleJob(entry.getKey(), trigger(due));
				moved++;
			}
		}
		return new Installed(wanted.size(), added, moved, removed);
	}

	/**
	 * The last day's summary trigger also carries the final report, so it is done only
	 * when both are.
	 */
	private boolean isDone(Run run, Set<String> done) {
		boolean finalPending = run.kind() == Run.Kind.SUMMARY && timetable.isLastDay(run.day())
				&& !done.contains(Run.campaignEnd(run.day()).id());
		return done.contains(run.id()) && !finalPending;
	}

	static TriggerKey key(Run run) {
		return TriggerKey.triggerKey(run.id(), GROUP);
	}

	private TriggerKey keyHere(Run run) {
		return TriggerKey.triggerKey(run.id(), group);
	}

	/** The campaign's own key of one of the jobs. */
	private JobKey job(JobKey shared) {
		return JobKey.jobKey(shared.getName(), group);
	}

	private JobDetail job(Class<? extends org.quartz.Job> type, JobKey key, String description) {
		return JobBuilder.newJob(type)
			.withIdentity(key)
			.withDescription(description)
			.usingJobData(CAMPAIGN, campaignId)
			.storeDurably()
			.build();
	}

	private Trigger trigger(Timetable.Due due) {
		Run run = due.run();
		TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger()
			.withIdentity(keyHere(run))
			.forJob(job(switch (run.kind()) {
				case REMINDER -> REMINDER_JOB;
				case CLOSE -> CLOSE_JOB;
				case SUMMARY, FINAL -> SUMMARY_JOB;
			}))
			.usingJobData(DAY, run.day().toString())
			.startAt(Date.from(due.at()));
		if (run.slot() != null) {
			builder.usingJobData(SLOT, run.slot().toString());
		}
		// A run missed while the bot was down fires as soon as it is back; the service
		// decides what that means.
		return builder.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

}
