package vn.baocao.summary;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.baocao.report.ReviewState;

/**
 * The consolidated summary of one campaign day: each hamlet's status, the day's totals,
 * the running totals from the first campaign day up to and including this one against the
 * targets, and the ratio check (null when the campaign has none).
 */
public record DailySummary(String campaignName, LocalDate day, LocalDate firstDay, int dayNumber, int dayCount,
		List<HamletDay> hamlets, List<FieldTotal> dayTotals, List<Progress> runningTotals,
		@Nullable RatioCheck dayRatio, @Nullable RatioCheck runningRatio, List<HamletDay> organisations) {

	public DailySummary {
		hamlets = List.copyOf(hamlets);
		organisations = List.copyOf(organisations);
		dayTotals = List.copyOf(dayTotals);
		runningTotals = List.copyOf(runningTotals);
	}

	/** A summary of hamlets only. */
	public DailySummary(String campaignName, LocalDate day, LocalDate firstDay, int dayNumber, int dayCount,
			List<HamletDay> hamlets, List<FieldTotal> dayTotals, List<Progress> runningTotals,
			@Nullable RatioCheck dayRatio, @Nullable RatioCheck runningRatio) {
		this(campaignName, day, firstDay, dayNumber, dayCount, hamlets, dayTotals, runningTotals, dayRatio,
				runningRatio, List.of());
	}

	/** Every unit: the hamlets, then the organisations. */
	public List<HamletDay> units() {
		return java.util.stream.Stream.concat(hamlets.stream(), organisations.stream()).toList();
	}

	/** The organisations that reported. */
	public List<HamletDay> organisationsReported() {
		return organisations.stream().filter(h -> h.status().reported()).toList();
	}

	/** Units (either kind) whose report is in this review state. */
	public List<HamletDay> inReview(ReviewState state) {
		return units().stream().filter(h -> h.review() == state).toList();
	}

	/** The hamlets that reported (organisations: {@link #organisationsReported()}). */
	public List<HamletDay> reported() {
		return with(true);
	}

	/** Units of either kind still missing, hamlets first. */
	public List<HamletDay> missing() {
		return units().stream().filter(h -> h.status() == HamletStatus.MISSING).toList();
	}

	public List<HamletDay> excused() {
		return units().stream().filter(h -> h.status() == HamletStatus.EXCUSED).toList();
	}

	public List<HamletDay> late() {
		return units().stream().filter(h -> h.status() == HamletStatus.LATE).toList();
	}

	/** Hamlets that reported and fell short of the ratio on the day. */
	public List<HamletDay> shortOfRatio() {
		return reported().stream().filter(h -> h.ratio() != null && h.ratio().hasData() && !h.ratio().met()).toList();
	}

	private List<HamletDay> with(boolean reported) {
		return hamlets.stream().filter(h -> h.status().reported() == reported).toList();
	}

}
