package vn.baocao.schedule;

import java.time.LocalDate;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

import vn.baocao.campaign.Campaigns;

/** Quartz's entry for the window's close of a day. */
class WindowCloseJob implements Job {

	private final Campaigns campaigns;

	private final JobRetry retry;

	WindowCloseJob(Campaigns campaigns, JobRetry retry) {
		this.campaigns = campaigns;
		this.retry = retry;
	}

	@Override
	public void execute(JobExecutionContext context) {
		LocalDate day = LocalDate.parse(context.getMergedJobDataMap().getString(TriggerInstaller.DAY));
		WindowCloseService close = campaigns.bean(CampaignOfJob.of(context, campaigns), WindowCloseService.class);
		retry.run(context, () -> close.scheduled(day));
	}

}
