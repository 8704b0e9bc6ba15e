package vn.baocao.photo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;

/** The kept_photo table: which photo references are waiting, kept or refused. */
@PerCampaign
@Repository
public class KeptPhotos {

	private final JdbcClient jdbc;

	private final String campaignId;

	KeptPhotos(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaignId = campaign.id();
	}

	/** Where one photo reference stands. */
	public enum State {

		WAITING, KEPT, REFUSED

	}

	/** One photo reference and what became of it. */
	public record Row(String ref, String unitCode, LocalDate day, int revision, State state, @Nullable String fileId,
			@Nullable String contentType, long size, int attempts, @Nullable String reason, Instant nextTryAt) {
	}

	/**
	 * Notes a reference to fetch, unless it is already known; returns whether it was new.
	 */
	boolean note(String ref, String unitCode, LocalDate day, int revision, Instant now) {
		return jdbc.sql("""
				INSERT INTO kept_photo (campaign_id, ref, unit_code, day, revision, state, size, attempts, next_try_at,
				    updated_at)
				SELECT ?, ?, ?, ?, ?, 'WAITING', 0, 0, ?, ?
				WHERE NOT EXISTS (SELECT 1 FROM kept_photo WHERE campaign_id = ? AND ref = ?)""")
			.params(campaignId, ref, unitCode, day.toString(), revision, now.toEpochMilli(), now.toEpochMilli(),
					campaignId, ref)
			.update() == 1;
	}

	List<Row> due(Instant now, int limit) {
		return jdbc
			.sql("SELECT * FROM kept_photo WHERE campaign_id = ? AND state = 'WAITING' AND next_try_at <= ? "
					+ "ORDER BY next_try_at LIMIT ?")
			.params(campaignId, now.toEpochMilli(), limit)
			.query(KeptPhotos::row)
			.list();
	}

	void kept(String ref, String fileId, String contentType, long size, Instant now) {
		jdbc.sql(
				"UPDATE kept_photo SET state = 'KEPT', file_id = ?, content_type = ?, size = ?, attempts = attempts + 1, "
						+ "reason = NULL, updated_at = ? WHERE campaign_id = ? AND ref = ?")
			.params(fileId, contentType, size, now.toEpochMilli(), campaignId, ref)
			.update();
	}

	void retry(String ref, String reason, Instant nextTry, Instant now) {
		jdbc.sql("UPDATE kept_photo SET attempts = attempts + 1, reason = ?, next_try_at = ?, updated_at = ? "
				+ "WHERE campaign_id = ? AND ref = ?")
			.params(reason, nextTry.toEpochMilli(), now.toEpochMilli(), campaignId, ref)
			.update();
	}

	void refused(String ref, String reason, Instant now) {
		jdbc.sql("UPDATE kept_photo SET state = 'REFUSED', attempts = attempts + 1, reason = ?, updated_at = ? "
				+ "WHERE campaign_id = ? AND ref = ?")
			.params(reason, now.toEpochMilli(), campaignId, ref)
			.update();
	}

	/** The bytes of every kept photo of the campaign together. */
	long keptBytes() {
		return jdbc.sql("SELECT COALESCE(SUM(size), 0) FROM kept_photo WHERE campaign_id = ? AND state = 'KEPT'")
			.param(campaignId)
			.query(Long.class)
			.single();
	}

	/** The rows of these references, by reference; unknown ones are left out. */
	public Map<String, Row> byRef(Collection<String> refs) {
		Map<String, Row> found = new HashMap<>();
		List<String> all = new ArrayList<>(refs);
		for (int from = 0; from < all.size(); from += 400) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + 400));
			String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
			List<Object> params = new ArrayList<>();
			params.add(campaignId);
			params.addAll(chunk);
			jdbc.sql("SELECT * FROM kept_photo WHERE campaign_id = ? AND ref IN (" + marks + ")")
				.params(params)
				.query(KeptPhotos::row)
				.list()
				.forEach(r -> found.put(r.ref(), r));
		}
		return found;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("ref"), rs.getString("unit_code"), LocalDate.parse(rs.getString("day")),
				rs.getInt("revision"), State.valueOf(rs.getString("state")), rs.getString("file_id"),
				rs.getString("content_type"), rs.getLong("size"), rs.getInt("attempts"), rs.getString("reason"),
				Instant.ofEpochMilli(rs.getLong("next_try_at")));
	}

}
