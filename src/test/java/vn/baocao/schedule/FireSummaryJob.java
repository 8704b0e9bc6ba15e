package vn.baocao.schedule;

import java.time.LocalDate;
import java.util.Map;

import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * Fires a campaign's daily summary job through the running application's real Quartz
 * scheduler, as its trigger would (tests elsewhere run on a test clock, under which no
 * trigger is installed).
 */
public final class FireSummaryJob {

	private FireSummaryJob() {
	}

	public static void fire(Scheduler scheduler, String campaignId, LocalDate day) {
		JobKey key = JobKey.jobKey("summary-test", TriggerInstaller.GROUP + "/" + campaignId);
		try {
			scheduler.addJob(JobBuilder.newJob(SummaryJob.class)
				.withIdentity(key)
				.usingJobData(TriggerInstaller.CAMPAIGN, campaignId)
				.storeDurably()
				.build(), true);
			scheduler.triggerJob(key, new JobDataMap(Map.of(TriggerInstaller.DAY, day.toString())));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
