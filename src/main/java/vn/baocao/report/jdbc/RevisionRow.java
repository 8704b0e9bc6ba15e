package vn.baocao.report.jdbc;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of {@code report_revision} as Spring Data JDBC maps it: the columns as stored
 * (a campaign day as its ISO date, an instant as epoch milliseconds, the values as JSON),
 * so one mapping serves SQLite and PostgreSQL alike. {@link JdbcReports} turns rows into
 * the domain's {@link vn.baocao.report.DailyReport}.
 */
@Table("report_revision")
record RevisionRow(@Id Long id, String campaignId, String hamletCode, String day, int revision, String valuesJson,
		String submittedChannel, String submittedUser, String submittedName, long submittedAt, String timeliness) {
}
