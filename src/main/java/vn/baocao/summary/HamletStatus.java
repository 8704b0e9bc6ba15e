package vn.baocao.summary;

/** Where a hamlet stands on one campaign day. */
public enum HamletStatus {

	/** First revision sent before the window closed (or before it opened). */
	ON_TIME,
	/** First revision sent after the window closed. */
	LATE,
	/** Excused for the day and no report. */
	EXCUSED,
	/** No report and no excuse. */
	MISSING;

	public boolean reported() {
		return this == ON_TIME || this == LATE;
	}

}
