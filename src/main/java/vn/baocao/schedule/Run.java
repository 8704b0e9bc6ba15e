package vn.baocao.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One scheduled run of a campaign day: a reminder at one of the day's times, the window's
 * close, the summary, or the final report.
 */
record Run(Kind kind, LocalDate day, @Nullable LocalTime slot) {

	enum Kind {

		REMINDER, CLOSE, SUMMARY, FINAL

	}

	static Run reminder(LocalDate day, LocalTime slot) {
		return new Run(Kind.REMINDER, day, slot);
	}

	/** The window's close, when supervisors hear of hamlets still missing. */
	static Run close(LocalDate day) {
		return new Run(Kind.CLOSE, day, null);
	}

	static Run summary(LocalDate day) {
		return new Run(Kind.SUMMARY, day, null);
	}

	static Run campaignEnd(LocalDate lastDay) {
		return new Run(Kind.FINAL, lastDay, null);
	}

	/**
	 * How the run record and the trigger name the job: {@code summary}, {@code final},
	 * {@code reminder@13:00}.
	 */
	String job() {
		return switch (kind) {
			case REMINDER -> "reminder@" + slot;
			case CLOSE -> "close";
			case SUMMARY -> "summary";
			case FINAL -> "final";
		};
	}

	String id() {
		return job() + "/" + day;
	}

}
