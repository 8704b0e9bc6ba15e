package vn.baocao.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable setting into one readable start-up message. */
class BadSettingFailureAnalyzer extends AbstractFailureAnalyzer<BadSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BadSettingException cause) {
		return new FailureAnalysis("Setting error: " + cause.getMessage(),
				"Fix the setting (environment variable or property) and start again.", cause);
	}

}
