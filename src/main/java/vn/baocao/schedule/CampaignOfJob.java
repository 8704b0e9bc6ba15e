package vn.baocao.schedule;

import org.quartz.JobExecutionContext;

import vn.baocao.campaign.Campaigns;

/**
 * The campaign a fired job works for: named in its data, or the one campaign of a single
 * campaign file (triggers installed before campaigns had names in their data).
 */
final class CampaignOfJob {

	private CampaignOfJob() {
	}

	static String of(JobExecutionContext context, Campaigns campaigns) {
		String id = context.getMergedJobDataMap().getString(TriggerInstaller.CAMPAIGN);
		return id == null || !campaigns.several() ? campaigns.first().id() : id;
	}

}
