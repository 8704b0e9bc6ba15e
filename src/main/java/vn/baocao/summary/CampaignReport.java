package vn.baocao.summary;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The final report of a campaign (sơ kết): the totals of every day against every target,
 * the ratio over the whole campaign, and per hamlet its days on time, late and missing.
 */
public record CampaignReport(String campaignName, LocalDate firstDay, LocalDate lastDay, int dayCount,
		List<Progress> totals, @Nullable RatioCheck ratio, List<HamletRecord> hamlets,
		List<HamletRecord> organisations) {

	public CampaignReport {
		totals = List.copyOf(totals);
		hamlets = List.copyOf(hamlets);
		organisations = List.copyOf(organisations);
	}

	/** A report of hamlets only. */
	public CampaignReport(String campaignName, LocalDate firstDay, LocalDate lastDay, int dayCount,
			List<Progress> totals, @Nullable RatioCheck ratio, List<HamletRecord> hamlets) {
		this(campaignName, firstDay, lastDay, dayCount, totals, ratio, hamlets, List.of());
	}

	/** Every unit: the hamlets, then the organisations. */
	public List<HamletRecord> units() {
		return java.util.stream.Stream.concat(hamlets.stream(), organisations.stream()).toList();
	}

}
