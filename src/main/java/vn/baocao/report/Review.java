package vn.baocao.report;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.baocao.roster.UserRef;

/**
 * One review of one revision of a unit's daily report: accepted, or returned with a
 * reason.
 */
public record Review(String unitCode, LocalDate day, int revision, ReviewState state, @Nullable String reason,
		UserRef reviewer, String reviewerName, Instant at) {

	public Review {
		if (state == ReviewState.WAITING) {
			throw new IllegalArgumentException("a review accepts or returns");
		}
	}

}
