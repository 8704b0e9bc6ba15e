package vn.baocao.admin;

import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.baocao.campaign.Channel;

/**
 * A channel that offers links, so invitations in the admin tests show one (the default
 * offers none).
 */
@TestConfiguration(proxyBeanMethods = false)
class LocalDeepLinks {

	@Bean
	DeepLinks localDeepLinks() {
		return (channel, code) -> channel == Channel.LOCAL ? Optional.of("https://local.test/start?code=" + code)
				: Optional.empty();
	}

}
