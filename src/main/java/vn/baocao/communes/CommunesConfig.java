package vn.baocao.communes;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaigns;
import vn.baocao.messaging.ChatChanges;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.system.OneCampaign;

/**
 * With a folder of campaigns (BAOCAO_CAMPAIGN_DIR): the routing of updates to their
 * campaign, the district's desk and summary, and the chats' news for every campaign.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OneCampaign.Several.class)
class CommunesConfig {

	@Bean
	DistrictReports districtReports(Campaigns campaigns) {
		return new DistrictReports(campaigns, new CommuneDays(campaigns));
	}

	@Bean
	DistrictSummaries districtSummaries(Campaigns campaigns, DistrictReports reports, Outbox outbox, StoredFiles files,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		return new DistrictSummaries(campaigns, reports, outbox, files, jdbc, transactions, clock);
	}

	@Bean
	CommuneRouting communeRouting(Campaigns campaigns, CommitteesEverywhere committees, ChatCampaigns picks,
			DistrictReports reports, DistrictSummaries summaries, StoredFiles files, Clock clock) {
		DistrictDesk desk = new DistrictDesk(campaigns.folder().districtIfAny(), reports, summaries, files,
				CommunesTexts.TEXTS);
		return new CommuneRouting(campaigns, committees, picks, desk, CommunesTexts.TEXTS, clock);
	}

	@Bean
	ChatChanges everyCampaignsChatChanges(Campaigns campaigns) {
		return new EveryCampaignsChatChanges(campaigns);
	}

}
