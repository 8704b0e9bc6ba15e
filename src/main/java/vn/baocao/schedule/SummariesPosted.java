package vn.baocao.schedule;

import java.time.LocalDate;

/**
 * Told after a campaign's scheduled summary of a day has run (with several campaigns the
 * district summary follows the communes'). Must not throw.
 */
public interface SummariesPosted {

	void posted(String campaignId, LocalDate day);

}
