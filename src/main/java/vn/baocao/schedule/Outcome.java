package vn.baocao.schedule;

/** What a scheduled run did, as its record keeps it. */
enum Outcome {

	SENT,
	/**
	 * A summary that went out after its time plus the grace (the bot was down): it says
	 * so.
	 */
	SENT_LATE,
	/** A reminder that came too late: the day's window had closed. */
	DROPPED_WINDOW_CLOSED,
	/**
	 * A reminder that came too late: a later reminder of the same day was already due.
	 */
	DROPPED_SUPERSEDED

}
