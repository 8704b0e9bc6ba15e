package vn.baocao.report.jdbc;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The revisions of the daily reports, a Spring Data JDBC repository: rows are only ever
 * added. The queries are written out (plain SQL that SQLite and PostgreSQL read alike)
 * rather than derived from the method names: a derived query is rendered anew on every
 * call, which was a visible part of handling an update (docs/PERFORMANCE.md, issue 18).
 */
interface RevisionRows extends ListCrudRepository<RevisionRow, Long> {

	/** One report's revisions, the first first. */
	@Query("""
			SELECT * FROM report_revision
			WHERE campaign_id = :campaignId AND hamlet_code = :hamletCode AND day = :day
			ORDER BY revision""")
	List<RevisionRow> findByCampaignIdAndHamletCodeAndDayOrderByRevision(@Param("campaignId") String campaignId,
			@Param("hamletCode") String hamletCode, @Param("day") String day);

	/**
	 * The revisions of every report of the days from first to last (ISO dates,
	 * inclusive).
	 */
	@Query("""
			SELECT * FROM report_revision
			WHERE campaign_id = :campaignId AND day BETWEEN :firstDay AND :lastDay
			ORDER BY day, hamlet_code, revision""")
	List<RevisionRow> findByCampaignIdAndDayBetweenOrderByDayAscHamletCodeAscRevisionAsc(
			@Param("campaignId") String campaignId, @Param("firstDay") String firstDay,
			@Param("lastDay") String lastDay);

}
