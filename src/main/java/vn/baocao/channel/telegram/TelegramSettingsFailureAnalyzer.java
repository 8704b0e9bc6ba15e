package vn.baocao.channel.telegram;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a bad Telegram setting into one readable start-up message instead of a stack
 * trace.
 */
class TelegramSettingsFailureAnalyzer extends AbstractFailureAnalyzer<TelegramSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, TelegramSettingsException cause) {
		return new FailureAnalysis("Telegram setting error: " + cause.getMessage(),
				"Fix TELEGRAM_API_URL, or unset TELEGRAM_BOT_TOKEN to run without the Telegram channel.", cause);
	}

}
