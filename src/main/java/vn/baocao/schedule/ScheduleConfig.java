package vn.baocao.schedule;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.baocao.messaging.Texts;

/** The schedule's settings and its texts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleSettings.class)
class ScheduleConfig {

	@Bean
	ScheduleTexts scheduleTexts() {
		return new ScheduleTexts(new Texts("messages/schedule"));
	}

}
