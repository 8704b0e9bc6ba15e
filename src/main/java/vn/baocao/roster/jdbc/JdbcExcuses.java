package vn.baocao.roster.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.UserRef;

/** {@link Excuses} on the {@code excuse} table, one row per hamlet and day. */
@PerCampaign
@Repository
class JdbcExcuses implements Excuses {

	private final JdbcClient jdbc;

	private final String campaignId;

	JdbcExcuses(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaignId = campaign.id();
	}

	@Override
	public void excuse(Excuse excuse) {
		jdbc.sql("""
				INSERT INTO excuse (campaign_id, hamlet_code, day, reason, excused_channel, excused_user, excused_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (campaign_id, hamlet_code, day) DO UPDATE SET reason = excluded.reason,
				  excused_channel = excluded.excused_channel, excused_user = excluded.excused_user,
				  excused_at = excluded.excused_at""")
			.params(campaignId, excuse.hamletCode(), excuse.day().toString(), excuse.reason(),
					excuse.excusedBy().channel().key(), excuse.excusedBy().userId(), excuse.excusedAt().toEpochMilli())
			.update();
	}

	@Override
	public boolean withdraw(String hamletCode, LocalDate day) {
		return jdbc.sql("DELETE FROM excuse WHERE campaign_id = ? AND hamlet_code = ? AND day = ?")
			.params(campaignId, hamletCode, day.toString())
			.update() > 0;
	}

	@Override
	public Optional<Excuse> find(String hamletCode, LocalDate day) {
		return jdbc.sql("SELECT * FROM excuse WHERE campaign_id = ? AND hamlet_code = ? AND day = ?")
			.params(campaignId, hamletCode, day.toString())
			.query(JdbcExcuses::excuse)
			.optional();
	}

	@Override
	public List<Excuse> forDay(LocalDate day) {
		return jdbc.sql("SELECT * FROM excuse WHERE campaign_id = ? AND day = ? ORDER BY hamlet_code")
			.params(campaignId, day.toString())
			.query(JdbcExcuses::excuse)
			.list();
	}

	private static Excuse excuse(ResultSet rs, int n) throws SQLException {
		UserRef by = new UserRef(Channel.fromKey(rs.getString("excused_channel")).orElseThrow(),
				rs.getString("excused_user"));
		return new Excuse(rs.getString("hamlet_code"), LocalDate.parse(rs.getString("day")), rs.getString("reason"), by,
				Instant.ofEpochMilli(rs.getLong("excused_at")));
	}

}
