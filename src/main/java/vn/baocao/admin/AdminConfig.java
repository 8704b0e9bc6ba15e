package vn.baocao.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Invitation links: none until a channel offers them. */
@Configuration(proxyBeanMethods = false)
class AdminConfig {

	/**
	 * Invitations are plain codes until a channel offers a link; several channels may
	 * each add one.
	 */
	@Bean
	DeepLinks noDeepLinks() {
		return DeepLinks.none();
	}

}
