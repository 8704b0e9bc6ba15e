package vn.baocao.campaign;

/** Where a moment falls against a campaign day's report window. */
public enum Timeliness {

	/** Before the window closes (early reports count as on time). */
	ON_TIME,
	/** After the window closed but before late-until: taken, marked late. */
	LATE,
	/** After late-until, or not a campaign day: not taken. */
	CLOSED

}
