package vn.baocao.channel.telegram;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BotApiUrlTest {

	@Test
	void theDefaultApiAndAnEmulatorAreRead() {
		assertThat(BotApiUrl.parse("https://api.telegram.org"))
			.isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
		assertThat(BotApiUrl.parse("http://127.0.0.1:8081/"))
			.isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
		assertThat(BotApiUrl.parse(" http://bot-api.local "))
			.isEqualTo(new TelegramUrl("http", "bot-api.local", 80, false));
	}

	@Test
	void aPathIsRefusedWithAClearMessage() {
		assertThatThrownBy(() -> BotApiUrl.parse("https://api.telegram.org/bot"))
			.isInstanceOf(TelegramSettingsException.class)
			.hasMessageContaining("TELEGRAM_API_URL")
			.hasMessageContaining("without a path");
	}

	@Test
	void somethingThatIsNotAnHttpUrlIsRefused() {
		assertThatThrownBy(() -> BotApiUrl.parse("api.telegram.org")).isInstanceOf(TelegramSettingsException.class)
			.hasMessageContaining("http:// or https://");
		assertThatThrownBy(() -> BotApiUrl.parse("http://")).isInstanceOf(TelegramSettingsException.class);
		assertThatThrownBy(() -> BotApiUrl.parse("http://exa mple.org")).isInstanceOf(TelegramSettingsException.class);
	}

}
