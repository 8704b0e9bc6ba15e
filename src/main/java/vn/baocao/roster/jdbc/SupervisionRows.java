package vn.baocao.roster.jdbc;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The supervisions, a Spring Data JDBC repository. A supervision is ended, never deleted:
 * its history says who was told what. The queries are written out, not derived from the
 * method names, so that none is rendered anew on each call.
 */
interface SupervisionRows extends ListCrudRepository<SupervisionRow, Long> {

	/** Every supervision of a unit, ended ones included, the oldest first. */
	@Query("SELECT * FROM supervision WHERE campaign_id = :campaignId AND hamlet_code = :hamletCode ORDER BY id")
	List<SupervisionRow> findByCampaignIdAndHamletCodeOrderById(@Param("campaignId") String campaignId,
			@Param("hamletCode") String hamletCode);

	/** What an account oversees now, the oldest first. */
	@Query("""
			SELECT * FROM supervision
			WHERE campaign_id = :campaignId AND channel = :channel AND user_id = :userId
			  AND supervised_until IS NULL
			ORDER BY id""")
	List<SupervisionRow> findByCampaignIdAndChannelAndUserIdAndSupervisedUntilIsNullOrderById(
			@Param("campaignId") String campaignId, @Param("channel") String channel, @Param("userId") String userId);

	/** Ends the account's current supervision of the unit; how many rows it ended. */
	@Modifying
	@Query("""
			UPDATE supervision SET supervised_until = :at
			WHERE campaign_id = :campaignId AND hamlet_code = :hamletCode AND channel = :channel
			  AND user_id = :userId AND supervised_until IS NULL""")
	int end(@Param("campaignId") String campaignId, @Param("hamletCode") String hamletCode,
			@Param("channel") String channel, @Param("userId") String userId, @Param("at") long at);

}
