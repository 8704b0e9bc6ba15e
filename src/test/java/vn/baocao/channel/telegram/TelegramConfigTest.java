package vn.baocao.channel.telegram;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.baocao.system.BaocaoProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the channel is on, and how a setting it cannot use stops start-up. */
class TelegramConfigTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class,
			TelegramConfig.class);

	@EnableConfigurationProperties(BaocaoProperties.class)
	static class Settings {

	}

	@Test
	void withoutATokenThereIsNoTelegramChannel() {
		runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TelegramGateway.class));
		runner.withPropertyValues("baocao.telegram.token=  ")
			.run(context -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(TelegramGateway.class)
				.doesNotHaveBean(TelegramPoller.class));
	}

	@Test
	void anApiUrlWithAPathStopsStartUpNamingTheSettingButNotTheToken() {
		runner
			.withPropertyValues("baocao.telegram.token=123456:SECRET",
					"baocao.telegram.api-url=https://api.telegram.org/bot")
			.run(context -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				assertThat(failure).rootCause()
					.isInstanceOf(TelegramSettingsException.class)
					.hasMessageContaining("TELEGRAM_API_URL")
					.hasMessageNotContaining("SECRET");
				FailureAnalysis analysis = new TelegramSettingsFailureAnalyzer().analyze(failure);
				assertThat(analysis.getDescription()).startsWith("Telegram setting error: TELEGRAM_API_URL");
				assertThat(analysis.getAction()).contains("TELEGRAM_API_URL");
			});
	}

	@Test
	void aWebhookUrlNeedsAUsableSecret() {
		assertThatThrownBy(() -> TelegramWebhookSecret.of(null)).isInstanceOf(TelegramSettingsException.class)
			.hasMessageContaining("TELEGRAM_WEBHOOK_SECRET")
			.hasMessageContaining("required");
		assertThatThrownBy(() -> TelegramWebhookSecret.of("  ")).isInstanceOf(TelegramSettingsException.class);
		assertThatThrownBy(() -> TelegramWebhookSecret.of("has spaces and ü"))
			.isInstanceOf(TelegramSettingsException.class)
			.hasMessageContaining("A-Z, a-z, 0-9");
		assertThat(TelegramWebhookSecret.of(" Ok_secret-1 ").value()).isEqualTo("Ok_secret-1");
		assertThat(TelegramWebhookSecret.of("Ok_secret-1")).hasToString("TelegramWebhookSecret[***]");
	}

}
