package vn.baocao.summary;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The consolidated summary of one campaign day: each hamlet's status, the day's totals,
 * the running totals from the first campaign day up to and including this one against the
 * targets, and the ratio check (null when the campaign has none).
 */
public record DailySummary(String campaignName, LocalDate day, LocalDate firstDay, int dayNumber, int dayCount,
		List<HamletDay> hamlets, List<FieldTotal> dayTotals, List<Progress> runningTotals,
		@Nullable RatioCheck dayRatio, @Nullable RatioCheck runningRatio) {

	public DailySummary {
		hamlets = List.copyOf(hamlets);
		dayTotals = List.copyOf(dayTotals);
		runningTotals = List.copyOf(runningTotals);
	}

	public List<HamletDay> reported() {
		return with(true);
	}

	public List<HamletDay> missing() {
		return hamlets.stream().filter(h -> h.status() == HamletStatus.MISSING).toList();
	}

	public List<HamletDay> excused() {
		return hamlets.stream().filter(h -> h.status() == HamletStatus.EXCUSED).toList();
	}

	public List<HamletDay> late() {
		return hamlets.stream().filter(h -> h.status() == HamletStatus.LATE).toList();
	}

	/** Hamlets that reported and fell short of the ratio on the day. */
	public List<HamletDay> shortOfRatio() {
		return reported().stream().filter(h -> h.ratio() != null && h.ratio().hasData() && !h.ratio().met()).toList();
	}

	private List<HamletDay> with(boolean reported) {
		return hamlets.stream().filter(h -> h.status().reported() == reported).toList();
	}

}
