package vn.baocao.summary;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.baocao.report.ReviewState;

/**
 * One unit (a hamlet or an organisation) on one day: its status, when it first reported,
 * why it is excused, its own ratio figures (null when the campaign has no ratio or the
 * unit did not report) and its review state (null when it did not report or review is
 * off).
 */
public record HamletDay(String code, String name, HamletStatus status, @Nullable Instant reportedAt,
		@Nullable String excuse, @Nullable RatioCheck ratio, @Nullable ReviewState review) {

	/** A unit's day without a review state. */
	public HamletDay(String code, String name, HamletStatus status, @Nullable Instant reportedAt,
			@Nullable String excuse, @Nullable RatioCheck ratio) {
		this(code, name, status, reportedAt, excuse, ratio, null);
	}

}
