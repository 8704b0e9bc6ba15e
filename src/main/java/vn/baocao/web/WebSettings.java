package vn.baocao.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baocao.local.token} (BAOCAO_LOCAL_TOKEN): with it the local channel answers any
 * address that presents it, and nothing else. {@code baocao.web.logins-per-minute}: how
 * many sign-in attempts one client address may make in a minute.
 */
@ConfigurationProperties("baocao")
record WebSettings(@DefaultValue Local local, @DefaultValue Web web) {

	record Local(@DefaultValue("on") String channel, @Nullable String token) {

		boolean hasToken() {
			return token != null && !token.isBlank();
		}

		@Override
		public String toString() {
			return "Local[channel=" + channel + ", token=" + (hasToken() ? "***" : "none") + "]";
		}

	}

	record Web(@DefaultValue("30") int loginsPerMinute) {
	}

}
