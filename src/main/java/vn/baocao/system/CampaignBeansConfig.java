package vn.baocao.system;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
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

/** The plain-Java core of one campaign (calendar, dialogue desk, router) as beans. */
@PerCampaign
@Configuration(proxyBeanMethods = false)
class CampaignBeansConfig {

	@Bean
	CampaignCalendar campaignCalendar(Campaign campaign, Clock clock) {
		return new CampaignCalendar(campaign.schedule(), clock);
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
	Router router(Desk desk, CommitteeChats committee, SubmissionListener listener, Invites invites, JoinListener joins,
			List<CommandHandler> handlers,
			@Value("${baocao.limits.group-refusal-quiet:10m}") java.time.Duration groupRefusalQuiet) {
		return new Router(desk, committee, listener, invites, joins, handlers, groupRefusalQuiet);
	}

}
