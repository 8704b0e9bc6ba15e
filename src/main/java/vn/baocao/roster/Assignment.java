package vn.baocao.roster;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One period in which a user led a hamlet; {@code until} is null while it lasts. */
public record Assignment(String hamletCode, UserRef user, Instant from, @Nullable Instant until, String assignedBy) {
}
