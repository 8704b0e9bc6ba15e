package vn.baocao.schedule;

import java.time.LocalDate;
import java.util.List;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Campaigns;

/**
 * Quartz's entry for a day's summary; on the last day the final report follows it. Then
 * whoever waits for the campaigns' summaries (the district) is told.
 */
class SummaryJob implements Job {

	private final Campaigns campaigns;

	private final JobRetry retry;

	private final List<SummariesPosted> listeners;

	SummaryJob(Campaigns campaigns, JobRetry retry, List<SummariesPosted> listeners) {
		this.campaigns = campaigns;
		this.retry = retry;
		this.listeners = listeners;
	}

	@Override
	public void execute(JobExecutionContext context) {
		LocalDate day = LocalDate.parse(context.getMergedJobDataMap().getString(TriggerInstaller.DAY));
		String campaignId = CampaignOfJob.of(context, campaigns);
		Campaign campaign = campaigns.get(campaignId);
		SummaryService summaries = campaigns.bean(campaignId, SummaryService.class);
		FinalReportService finalReport = campaigns.bean(campaignId, FinalReportService.class);
		retry.run(context, () -> {
			summaries.scheduledDaily(day);
			if (day.equals(campaign.schedule().endDate())) {
				finalReport.scheduledFinal();
			}
		});
		listeners.forEach(listener -> listener.posted(campaignId, day));
	}

}
