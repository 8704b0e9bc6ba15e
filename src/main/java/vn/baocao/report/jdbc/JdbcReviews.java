package vn.baocao.report.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.report.Review;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.roster.UserRef;

/** {@link Reviews} on the {@code report_review} table; rows are only ever added. */
@PerCampaign
@Repository
class JdbcReviews implements Reviews {

	private final JdbcClient jdbc;

	private final String campaignId;

	JdbcReviews(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaignId = campaign.id();
	}

	@Override
	public void add(Review review) {
		jdbc.sql("""
				INSERT INTO report_review (campaign_id, hamlet_code, day, seq, revision, state, reason,
				  reviewer_channel, reviewer_user, reviewer_name, reviewed_at)
				VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM report_review
				  WHERE campaign_id = ? AND hamlet_code = ? AND day = ?), ?, ?, ?, ?, ?, ?, ?)""")
			.params(campaignId, review.unitCode(), review.day().toString(), campaignId, review.unitCode(),
					review.day().toString(), review.revision(), review.state().name(), review.reason(),
					review.reviewer().channel().key(), review.reviewer().userId(), review.reviewerName(),
					review.at().toEpochMilli())
			.update();
	}

	@Override
	public List<Review> of(String unitCode, LocalDate day) {
		return jdbc.sql("""
				SELECT * FROM report_review WHERE campaign_id = ? AND hamlet_code = ? AND day = ? ORDER BY seq""")
			.params(campaignId, unitCode, day.toString())
			.query(JdbcReviews::row)
			.list();
	}

	@Override
	public List<Review> between(LocalDate firstDay, LocalDate lastDay) {
		return jdbc.sql("""
				SELECT * FROM report_review WHERE campaign_id = ? AND day >= ? AND day <= ?
				ORDER BY day, hamlet_code, seq""")
			.params(campaignId, firstDay.toString(), lastDay.toString())
			.query(JdbcReviews::row)
			.list();
	}

	private static Review row(ResultSet rs, int n) throws SQLException {
		UserRef by = new UserRef(Channel.fromKey(rs.getString("reviewer_channel")).orElseThrow(),
				rs.getString("reviewer_user"));
		return new Review(rs.getString("hamlet_code"), LocalDate.parse(rs.getString("day")), rs.getInt("revision"),
				ReviewState.valueOf(rs.getString("state")), rs.getString("reason"), by, rs.getString("reviewer_name"),
				Instant.ofEpochMilli(rs.getLong("reviewed_at")));
	}

}
