package vn.baocao.system;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.conversation.Desk;
import vn.baocao.conversation.JoinListener;
import vn.baocao.conversation.Router;
import vn.baocao.conversation.SubmissionListener;
import vn.baocao.messaging.Texts;
import vn.baocao.report.Reports;
import vn.baocao.roster.Invites;
import vn.baocao.roster.Roster;

/** Builds the plain-Java core (campaign, calendar, dialogue router) as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BaocaoProperties.class)
class CoreConfig {

	@Bean
	Campaign campaign(BaocaoProperties properties) {
		return CampaignLoader.load(properties.campaignFile());
	}

	/** Replaced by a fixed or movable clock in tests; the zone is always the campaign's. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(Campaign campaign) {
		return Clock.system(campaign.schedule().zone());
	}

	@Bean
	CampaignCalendar campaignCalendar(Campaign campaign, Clock clock) {
		return new CampaignCalendar(campaign.schedule(), clock);
	}

	@Bean
	Texts texts() {
		return new Texts();
	}

	@Bean
	Desk desk(Campaign campaign, CampaignCalendar calendar, Texts texts, Reports reports, Roster roster) {
		return new Desk(campaign, calendar, texts, reports, roster);
	}

	@Bean
	@ConditionalOnMissingBean
	CommitteeChats committeeChats(Campaign campaign) {
		return channel -> campaign.committee().chatId(channel);
	}

	@Bean
	@ConditionalOnMissingBean
	SubmissionListener submissionListener() {
		return SubmissionListener.none();
	}

	@Bean
	@ConditionalOnMissingBean
	JoinListener joinListener() {
		return JoinListener.none();
	}

	@Bean
	Router router(Desk desk, CommitteeChats committee, SubmissionListener listener, Invites invites,
			JoinListener joins, List<CommandHandler> handlers) {
		return new Router(desk, committee, listener, invites, joins, handlers);
	}

}
