package vn.baocao.draft;

/**
 * The kinds of unit a figure in the plan is written in; each kind of work accepts some.
 */
enum Unit {

	/** m, mét, km: stored in metres. */
	LENGTH,
	/** đồng, triệu, tỷ…: stored in đồng. */
	MONEY,
	/** căn (houses). */
	HOUSE,
	/** phần, suất (gifts). */
	GIFT,
	/** cuộc, buổi, trận (sessions, events). */
	SESSION,
	/** lượt (visits, check-ups). */
	VISIT

}
