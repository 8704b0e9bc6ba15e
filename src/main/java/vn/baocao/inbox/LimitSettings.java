package vn.baocao.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baocao.limits.updates-per-minute} (BAOCAO_UPDATES_PER_MINUTE): how many updates
 * one person may send in a minute before the bot asks them to slow down.
 */
@ConfigurationProperties("baocao.limits")
record LimitSettings(@DefaultValue("20") int updatesPerMinute) {

	LimitSettings {
		if (updatesPerMinute < 1) {
			throw new IllegalArgumentException(
					"baocao.limits.updates-per-minute (BAOCAO_UPDATES_PER_MINUTE) must be at least 1, was "
							+ updatesPerMinute);
		}
	}

}
