package vn.baocao.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import vn.baocao.campaign.CampaignFileException;

/**
 * Turns a bad campaign file into one readable start-up message instead of a stack trace.
 */
class CampaignFileFailureAnalyzer extends AbstractFailureAnalyzer<CampaignFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CampaignFileException cause) {
		return new FailureAnalysis("Campaign file error: " + cause.getMessage(),
				"Fix " + cause.file() + " (field " + (cause.path().isEmpty() ? "-" : cause.path())
						+ ") or point BAOCAO_CAMPAIGN_FILE at another campaign file.",
				cause);
	}

}
