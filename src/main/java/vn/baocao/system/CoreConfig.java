package vn.baocao.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignFolder;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.messaging.Texts;
import vn.baocao.text.Json;

/**
 * The shared core: the campaigns served, the clock in their zone, the texts, the JSON
 * mapper. Each campaign's own core is {@link CampaignBeansConfig}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BaocaoProperties.class)
class CoreConfig {

	private static final Logger log = LoggerFactory.getLogger(CoreConfig.class);

	/** The one JSON mapper (Spring Boot's own backs off): see {@link Json}. */
	@Bean
	JsonMapper jsonMapper() {
		return Json.MAPPER;
	}

	/** The campaign file, or the folder of them (BAOCAO_CAMPAIGN_DIR). */
	@Bean
	CampaignFolder campaignFolder(BaocaoProperties properties, ObjectProvider<CampaignPreload.Reading> preload) {
		if (properties.severalCampaigns()) {
			return CampaignFolder.load(properties.campaignDir());
		}
		CampaignPreload.Reading reading = preload.getIfAvailable();
		return CampaignFolder.single(reading == null ? CampaignLoader.load(properties.campaignFile())
				: reading.campaign(properties.campaignFile()));
	}

	/**
	 * With one campaign file the application is that campaign's (see CampaignContexts).
	 */
	@Bean
	@Conditional(OneCampaign.class)
	Campaign campaign(CampaignFolder folder) {
		return folder.campaigns().get(0);
	}

	/**
	 * Replaced by a fixed or movable clock in tests; the zone is always the campaign's.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(CampaignFolder folder, BaocaoProperties properties) {
		Clock system = Clock.system(folder.zone());
		LocalDateTime now = properties.now();
		if (now == null) {
			return system;
		}
		log.warn("Clock set to start at {} ({}) by BAOCAO_NOW: for rehearsals only", now, system.getZone());
		return Clock.offset(system, Duration.between(system.instant(), now.atZone(system.getZone()).toInstant()));
	}

	@Bean
	Texts texts() {
		return new Texts();
	}

}
