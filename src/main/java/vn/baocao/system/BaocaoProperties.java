package vn.baocao.system;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of CONTRACT.md; environment variables are mapped to them in
 * application.yml. {@code now} (BAOCAO_NOW) starts the clock at a chosen local time in
 * the campaign zone, for rehearsals and demos of a campaign that is not running today;
 * the clock then runs on. {@code publicUrl} (BAOCAO_PUBLIC_URL) is where the internet
 * reaches this server, for links to generated files in Zalo (which takes no uploads).
 * {@code campaignDir} (BAOCAO_CAMPAIGN_DIR): a folder of campaign files served instead of
 * the one {@code campaignFile}.
 */
@ConfigurationProperties("baocao")
public record BaocaoProperties(@DefaultValue(BaocaoProperties.DEFAULT_CAMPAIGN_FILE) Path campaignFile,
		@DefaultValue("data/baocao.db") Path dbPath, @DefaultValue Telegram telegram, @DefaultValue Zalo zalo,
		@Nullable LocalDateTime now, @Nullable String publicUrl, @Nullable Path campaignDir) {

	/** BAOCAO_CAMPAIGN_FILE when unset (CONTRACT.md). */
	public static final String DEFAULT_CAMPAIGN_FILE = "config/campaign.yml";

	/** Whether a folder of campaigns is served (BAOCAO_CAMPAIGN_DIR). */
	public boolean severalCampaigns() {
		return campaignDir != null && !campaignDir.toString().isBlank();
	}

	public record Telegram(@Nullable String token, @DefaultValue("https://api.telegram.org") String apiUrl,
			@Nullable String webhookUrl, @Nullable String webhookSecret) {

		public boolean enabled() {
			return token != null && !token.isBlank();
		}

		/** Updates come by webhook (TELEGRAM_WEBHOOK_URL) instead of long polling. */
		public boolean webhook() {
			return webhookUrl != null && !webhookUrl.isBlank();
		}

		@Override
		public String toString() {
			return "Telegram[token=" + (enabled() ? "***" : "none") + ", apiUrl=" + apiUrl + ", webhookUrl="
					+ (webhook() ? webhookUrl : "none") + "]";
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
