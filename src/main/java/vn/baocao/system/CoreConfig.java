package vn.baocao.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

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
import vn.baocao.text.Json;

/** Builds the plain-Java core (campaign, calendar, dialogue router) as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BaocaoProperties.class)
class CoreConfig {

	private static final Logger log = LoggerFactory.getLogger(CoreConfig.class);

	/** The one JSON mapper (Spring Boot's own backs off): see {@link Json}. */
	@Bean
	JsonMapper jsonMapper() {
		return Json.MAPPER;
	}

	@Bean
	Campaign campaign(BaocaoProperties properties, ObjectProvider<CampaignPreload.Reading> preload) {
		CampaignPreload.Reading reading = preload.getIfAvailable();
		return reading == null ? CampaignLoader.load(properties.campaignFile())
				: reading.campaign(properties.campaignFile());
	}

	/**
	 * Replaced by a fixed or movable clock in tests; the zone is always the campaign's.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(Campaign campaign, BaocaoProperties properties) {
		Clock system = Clock.system(campaign.schedule().zone());
		LocalDateTime now = properties.now();
		if (now == null) {
			return system;
		}
		log.warn("Clock set to start at {} ({}) by BAOCAO_NOW: for rehearsals only", now, system.getZone());
		return Clock.offset(system, Duration.between(system.instant(), now.atZone(system.getZone()).toInstant()));
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
	Router router(Desk desk, CommitteeChats committee, SubmissionListener listener, Invites invites, JoinListener joins,
			List<CommandHandler> handlers,
			@Value("${baocao.limits.group-refusal-quiet:10m}") java.time.Duration groupRefusalQuiet) {
		return new Router(desk, committee, listener, invites, joins, handlers, groupRefusalQuiet);
	}

}
