package vn.baocao.supervisor;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.roster.UserRef;

/**
 * {@link Escalations} on the {@code supervisor_escalation} table; its primary key is the
 * guard, so two runs racing each other still tell an account once.
 */
@PerCampaign
@Repository
class JdbcEscalations implements Escalations {

	private final JdbcClient jdbc;

	private final String campaignId;

	JdbcEscalations(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaignId = campaign.id();
	}

	@Override
	public boolean claim(SupervisorEscalation.Stage stage, LocalDate day, String hamletCode, UserRef account,
			Instant at) {
		return jdbc.sql("""
				INSERT INTO supervisor_escalation (campaign_id, stage, day, hamlet_code, channel, user_id, sent_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (campaign_id, stage, day, hamlet_code, channel, user_id) DO NOTHING""")
			.params(campaignId, stage.name(), day.toString(), hamletCode, account.channel().key(), account.userId(),
					at.toEpochMilli())
			.update() == 1;
	}

}
