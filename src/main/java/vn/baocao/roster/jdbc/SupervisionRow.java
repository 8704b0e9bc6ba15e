package vn.baocao.roster.jdbc;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of {@code supervision} as Spring Data JDBC maps it: which account oversaw which
 * unit from when ({@code supervisedFrom}, epoch milliseconds) until when (none while it
 * lasts), under what name.
 */
@Table("supervision")
record SupervisionRow(@Id Long id, String campaignId, String hamletCode, String channel, String userId, String name,
		long supervisedFrom, @Nullable Long supervisedUntil, String assignedBy) {
}
