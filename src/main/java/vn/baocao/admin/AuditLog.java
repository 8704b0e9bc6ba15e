package vn.baocao.admin;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;

/**
 * Every admin action (and every join by invitation), written in the same transaction as
 * the change itself, so the log never claims a change that was rolled back. Before and
 * after are stored as the sentences admins read, since they are for people, not for
 * replaying.
 */
@PerCampaign
@Repository
public class AuditLog {

	static final int MAX_SHOWN = 50;

	private final JdbcClient jdbc;

	private final CampaignCalendar calendar;

	private final String campaignId;

	AuditLog(JdbcClient jdbc, CampaignCalendar calendar, Campaign campaign) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.campaignId = campaign.id();
	}

	/**
	 * One logged action; {@code command} as typed (without the slash), {@code args} as
	 * given.
	 */
	record Entry(Instant at, UserRef actor, String actorName, String command, String args, String before,
			String after) {
	}

	public void record(ChatUser actor, String command, String args, String before, String after) {
		jdbc.sql(
				"""
						INSERT INTO audit_log (campaign_id, at, channel, user_id, user_name, command, args, before_text, after_text)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(campaignId, calendar.now().toEpochMilli(), actor.ref().channel().key(), actor.ref().userId(),
					actor.shownName(), command, args, before, after)
			.update();
	}

	/** The latest {@code n} entries, newest first. */
	List<Entry> recent(int n) {
		return jdbc.sql("SELECT * FROM audit_log WHERE campaign_id = ? ORDER BY id DESC LIMIT ?")
			.params(campaignId, n)
			.query((rs, i) -> new Entry(Instant.ofEpochMilli(rs.getLong("at")),
					new UserRef(Channel.fromKey(rs.getString("channel")).orElseThrow(), rs.getString("user_id")),
					rs.getString("user_name"), rs.getString("command"), rs.getString("args"),
					rs.getString("before_text"), rs.getString("after_text")))
			.list();
	}

}
