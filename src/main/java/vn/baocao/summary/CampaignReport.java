package vn.baocao.summary;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The final report of a campaign (sơ kết): the totals of every day against every target,
 * the ratio over the whole campaign, and per hamlet its days on time, late and missing.
 */
public record CampaignReport(String campaignName, LocalDate firstDay, LocalDate lastDay, int dayCount,
		List<Progress> totals, @Nullable RatioCheck ratio, List<HamletRecord> hamlets) {

	public CampaignReport {
		totals = List.copyOf(totals);
		hamlets = List.copyOf(hamlets);
	}

}
