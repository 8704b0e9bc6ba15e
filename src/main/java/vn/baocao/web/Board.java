package vn.baocao.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the dashboard shows for one day, ready to render: every unit the viewer may see
 * with its state, sender, figures and progress, and for an admin the totals and the ratio
 * check.
 */
record Board(String campaignName, LocalDate day, String dayShown, boolean today, List<DayOption> days,
		List<UnitRow> units, Counts counts, List<Line> dayTotals, List<ProgressLine> running, @Nullable String dayRatio,
		@Nullable String runningRatio, boolean admin, String refreshedAt) {

	record DayOption(String value, String label, boolean selected) {
	}

	/** How many units stand where; {@code total} is what the viewer sees. */
	record Counts(int total, int onTime, int late, int missing, int excused) {

		public int reported() {
			return onTime + late;
		}

	}

	/**
	 * One unit on the day. {@code state} is the CSS and test name (on-time, late,
	 * missing, excused).
	 */
	record UnitRow(String code, String name, String state, String stateText, @Nullable String sender,
			@Nullable String sentAt, int revisions, List<Line> figures, List<ProgressLine> progress,
			@Nullable String ratio, @Nullable String excuse, List<String> supervisors) {
	}

	record Line(String label, String value) {
	}

	record ProgressLine(String label, String done, String target, String percent, int percentBar) {
	}

}
