package vn.baocao.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What the dashboard shows for one day, ready to render: every unit the viewer may see,
 * the hamlets and then the organisations, with its state, sender, figures (of its own
 * template), progress against its own targets and review state, and for an admin the
 * totals and the ratio check. {@code reviews} is null when the campaign's review is off.
 */
record Board(String campaignName, LocalDate day, String dayShown, boolean today, List<DayOption> days,
		List<UnitRow> hamlets, List<UnitRow> organisations, Counts counts, Counts organisationCounts,
		@Nullable ReviewCounts reviews, List<Line> dayTotals, List<ProgressLine> running, @Nullable String dayRatio,
		@Nullable String runningRatio, boolean admin, String refreshedAt) {

	/** Every unit shown, hamlets first. */
	public List<UnitRow> units() {
		return Stream.concat(hamlets.stream(), organisations.stream()).toList();
	}

	record DayOption(String value, String label, boolean selected) {
	}

	/** How many units stand where; {@code total} is what the viewer sees. */
	record Counts(int total, int onTime, int late, int missing, int excused) {

		public int reported() {
			return onTime + late;
		}

	}

	/** How many of the reports shown wait, were accepted, were sent back. */
	record ReviewCounts(int waiting, int accepted, int returned) {
	}

	/**
	 * One unit on the day. {@code state} is the CSS and test name (on-time, late,
	 * missing, excused); {@code review} likewise (waiting, accepted, returned), null when
	 * nothing was sent or review is off; {@code reviewNote} who reviewed it, when, and
	 * the reason of a return.
	 */
	record UnitRow(String code, String name, boolean organisation, String state, String stateText,
			@Nullable String sender, @Nullable String sentAt, int revisions, List<Line> figures,
			List<ProgressLine> progress, @Nullable String ratio, @Nullable String excuse, List<String> supervisors,
			@Nullable String review, @Nullable String reviewText, @Nullable String reviewNote) {
	}

	record Line(String label, String value) {
	}

	record ProgressLine(String label, String done, String target, String percent, int percentBar) {
	}

}
