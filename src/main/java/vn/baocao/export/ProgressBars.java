package vn.baocao.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import vn.baocao.campaign.FieldDef;
import vn.baocao.summary.HamletRecord;
import vn.baocao.summary.Progress;

/**
 * The chart's rows: one per (hamlet, target), hamlet by hamlet in campaign order, from
 * the summary's progress of each hamlet against its own targets.
 */
final class ProgressBars {

	private ProgressBars() {
	}

	/** One bar: a hamlet's progress on one of its targets. */
	record Bar(int index, String hamlet, boolean firstOfHamlet, int hamletIndex, FieldDef field, BigDecimal done,
			BigDecimal target) {

		double percent() {
			return done.multiply(BigDecimal.valueOf(100)).divide(target, MathContext.DECIMAL64).doubleValue();
		}

		/** The row's key: the hamlet's name on its first row only, the rows in order. */
		RowKey key() {
			return new RowKey(index, firstOfHamlet ? hamlet : "");
		}

	}

	/** A row of the chart: ordered by position, shown as its label. */
	record RowKey(int index, String label) implements Comparable<RowKey> {

		@Override
		public int compareTo(RowKey other) {
			return Integer.compare(index, other.index);
		}

		@Override
		public String toString() {
			return label;
		}

	}

	/**
	 * The bars of every target with a positive amount; none for a campaign without
	 * targets.
	 */
	static List<Bar> of(List<HamletRecord> hamlets) {
		List<Bar> bars = new ArrayList<>();
		int hamletIndex = 0;
		for (HamletRecord hamlet : hamlets) {
			boolean first = true;
			for (Progress progress : hamlet.progress()) {
				if (progress.target() == null || progress.target().signum() <= 0) {
					continue;
				}
				bars.add(new Bar(bars.size(), SheetWriter.nfc(hamlet.name()), first, hamletIndex, progress.field(),
						progress.done(), progress.target()));
				first = false;
			}
			if (!first) {
				hamletIndex++;
			}
		}
		return bars;
	}

}
