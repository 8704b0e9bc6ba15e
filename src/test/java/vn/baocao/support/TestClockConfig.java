package vn.baocao.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a {@link MutableClock} at 14:00 on the first campaign day in place of the system
 * clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

	@Bean
	@Primary
	public MutableClock testClock() {
		return MutableClock.at("2024-12-10T14:00");
	}

}
