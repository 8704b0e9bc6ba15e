package vn.baocao.summary;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One hamlet on one day: its status, when it first reported, why it is excused, and its
 * own ratio figures (null when the campaign has no ratio or the hamlet did not report).
 */
public record HamletDay(String code, String name, HamletStatus status, @Nullable Instant reportedAt,
		@Nullable String excuse, @Nullable RatioCheck ratio) {
}
