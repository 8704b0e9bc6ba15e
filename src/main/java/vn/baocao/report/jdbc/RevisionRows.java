package vn.baocao.report.jdbc;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The revisions of the daily reports, a Spring Data JDBC repository: rows are only ever
 * added; the queries are derived from the method names, in the dialect Spring Data picks
 * for the database (its own for PostgreSQL, ours for SQLite).
 */
interface RevisionRows extends ListCrudRepository<RevisionRow, Long> {

	/** One report's revisions, the first first. */
	List<RevisionRow> findByCampaignIdAndHamletCodeAndDayOrderByRevision(String campaignId, String hamletCode,
			String day);

	/**
	 * The revisions of every report of the days from first to last (ISO dates,
	 * inclusive).
	 */
	List<RevisionRow> findByCampaignIdAndDayBetweenOrderByDayAscHamletCodeAscRevisionAsc(String campaignId,
			String firstDay, String lastDay);

}
