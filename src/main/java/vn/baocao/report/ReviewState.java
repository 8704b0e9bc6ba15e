package vn.baocao.report;

import java.util.List;
import java.util.Optional;

/**
 * Where a daily report stands with its reviewers. Every bundle words the states alike
 * under {@code review.<key>}: {@code chờ duyệt}, {@code đã duyệt}, {@code cần bổ sung}.
 */
public enum ReviewState {

	/** The latest revision has not been reviewed yet. */
	WAITING("waiting"),
	/** A supervisor or an admin accepted the latest revision. */
	ACCEPTED("accepted"),
	/** Sent back with a reason; the unit's leads amend it with /sua. */
	RETURNED("returned");

	private final String key;

	ReviewState(String key) {
		this.key = key;
	}

	/** The bundle key of the state's words, {@code review.waiting} etc. */
	public String textKey() {
		return "review." + key;
	}

	/**
	 * The state of {@code report} given its reviews (any order of revisions, oldest
	 * first): the latest review of its latest revision, or waiting.
	 */
	public static ReviewState of(DailyReport report, List<Review> reviews) {
		return latest(report, reviews).map(Review::state).orElse(WAITING);
	}

	/** The latest review of the report's latest revision, if any. */
	public static Optional<Review> latest(DailyReport report, List<Review> reviews) {
		int revision = report.latest().number();
		Review found = null;
		for (Review review : reviews) {
			if (review.unitCode().equals(report.hamletCode()) && review.day().equals(report.day())
					&& review.revision() == revision) {
				found = review;
			}
		}
		return Optional.ofNullable(found);
	}

}
