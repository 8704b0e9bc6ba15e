package vn.baocao.admin;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.roster.UserRef;

/**
 * The committee group of each channel: the one an admin bound with /setgroup, else the
 * campaign file's. A scanned component, so the core's default (the file only) steps aside
 * for it.
 */
@PerCampaign
@Repository
class BoundCommitteeChats implements CommitteeChats {

	private final JdbcClient jdbc;

	private final Campaign campaign;

	BoundCommitteeChats(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaign = campaign;
	}

	@Override
	public Optional<String> chatId(Channel channel) {
		return bound(channel).or(() -> campaign.committee().chatId(channel));
	}

	Optional<String> bound(Channel channel) {
		return jdbc.sql("SELECT chat_id FROM committee_chat WHERE campaign_id = ? AND channel = ?")
			.params(campaign.id(), channel.key())
			.query(String.class)
			.optional();
	}

	/** The committee group got a new id from its platform: the binding follows it. */
	void bindMoved(Channel channel, String chatId, Instant at) {
		write(channel, chatId, "migrate_to_chat_id", at);
	}

	void bind(Channel channel, String chatId, UserRef by, Instant at) {
		write(channel, chatId, by.toString(), at);
	}

	private void write(Channel channel, String chatId, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO committee_chat (campaign_id, channel, chat_id, bound_by, bound_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (campaign_id, channel) DO UPDATE SET chat_id = excluded.chat_id,
				  bound_by = excluded.bound_by, bound_at = excluded.bound_at""")
			.params(campaign.id(), channel.key(), chatId, by, at.toEpochMilli())
			.update();
	}

}
