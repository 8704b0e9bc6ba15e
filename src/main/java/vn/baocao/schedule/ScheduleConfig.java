package vn.baocao.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.baocao.messaging.Texts;
import vn.baocao.summary.Excuses;

/**
 * The schedule's settings, its texts, and nobody excused until the admin feature says
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleSettings.class)
class ScheduleConfig {

	@Bean
	@ConditionalOnMissingBean
	Excuses excuses() {
		return Excuses.none();
	}

	@Bean
	ScheduleTexts scheduleTexts() {
		return new ScheduleTexts(new Texts("messages/schedule"));
	}

}
