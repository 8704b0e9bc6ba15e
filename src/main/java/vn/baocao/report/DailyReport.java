package vn.baocao.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A hamlet's report for one campaign day with every revision kept, oldest first. The
 * first revision decides whether the hamlet reported on time; later ones are amendments.
 */
public record DailyReport(String hamletCode, LocalDate day, List<Revision> revisions) {

	public DailyReport {
		if (revisions.isEmpty()) {
			throw new IllegalArgumentException("a daily report has at least one revision");
		}
		revisions = List.copyOf(revisions);
	}

	public Revision latest() {
		return revisions.get(revisions.size() - 1);
	}

	public Revision first() {
		return revisions.get(0);
	}

}
