package vn.baocao.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.baocao.messaging.Outbox;
import vn.baocao.roster.Roster;

/**
 * Defaults other packages replace: the reminder service (feat/schedule) and the channels'
 * deep links. A replacement should be a scanned component, which is registered before
 * these conditions are evaluated.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfig {

	@Bean
	@ConditionalOnMissingBean(MissingReminder.class)
	MissingReminder missingReminder(DayRoll roll, Roster roster, Outbox outbox, AdminDesk admin) {
		return new LeadReminder(roll, roster, outbox, admin);
	}

	/**
	 * Invitations are plain codes until a channel offers a link; several channels may
	 * each add one.
	 */
	@Bean
	DeepLinks noDeepLinks() {
		return DeepLinks.none();
	}

}
