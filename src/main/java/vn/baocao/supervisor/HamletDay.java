package vn.baocao.supervisor;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Unit;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.DailyReport;
import vn.baocao.roster.Excuses.Excuse;

/**
 * One hamlet on one day: its report if it sent one, its excuse if it was excused. A
 * report sent on an excused day counts as a report.
 */
record HamletDay(Unit hamlet, @Nullable DailyReport report, @Nullable Excuse excuse) {

	enum Standing {

		ON_TIME, LATE, EXCUSED, MISSING

	}

	Standing standing() {
		if (report != null) {
			return report.first().timeliness() == Timeliness.LATE ? Standing.LATE : Standing.ON_TIME;
		}
		return excuse != null ? Standing.EXCUSED : Standing.MISSING;
	}

	boolean isMissing() {
		return standing() == Standing.MISSING;
	}

}
