package vn.baocao.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import vn.baocao.campaign.Campaigns;

/**
 * Quartz's entry for a reminder: the trigger names the day and the time; the service does
 * the rest.
 */
class ReminderJob implements Job {

	private final Campaigns campaigns;

	private final JobRetry retry;

	ReminderJob(Campaigns campaigns, JobRetry retry) {
		this.campaigns = campaigns;
		this.retry = retry;
	}

	@Override
	public void execute(JobExecutionContext context) {
		JobDataMap data = context.getMergedJobDataMap();
		LocalDate day = LocalDate.parse(data.getString(TriggerInstaller.DAY));
		LocalTime slot = LocalTime.parse(data.getString(TriggerInstaller.SLOT));
		ReminderService reminders = campaigns.bean(CampaignOfJob.of(context, campaigns), ReminderService.class);
		retry.run(context, () -> reminders.scheduled(day, slot));
	}

}
