package vn.baocao.system;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The settings of CONTRACT.md; environment variables are mapped to them in application.yml. */
@ConfigurationProperties("baocao")
public record BaocaoProperties(@DefaultValue("config/campaign.yml") Path campaignFile,
		@DefaultValue("data/baocao.db") Path dbPath, @DefaultValue Telegram telegram, @DefaultValue Zalo zalo) {

	public record Telegram(@Nullable String token, @DefaultValue("https://api.telegram.org") String apiUrl) {

		public boolean enabled() {
			return token != null && !token.isBlank();
		}

		@Override
		public String toString() {
			return "Telegram[token=" + (enabled() ? "***" : "none") + ", apiUrl=" + apiUrl + "]";
		}

	}

	public record Zalo(@Nullable String token, @DefaultValue("https://bot-api.zaloplatforms.com") String apiUrl) {

		public boolean enabled() {
			return token != null && !token.isBlank();
		}

		@Override
		public String toString() {
			return "Zalo[token=" + (enabled() ? "***" : "none") + ", apiUrl=" + apiUrl + "]";
		}

	}

}
