package vn.baocao.communes;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Channel;

/**
 * {@code chat_campaign}: the campaign each private chat works in; and which campaign an
 * invite code belongs to.
 */
@Repository
class ChatCampaigns {

	private final JdbcClient jdbc;

	ChatCampaigns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> of(Channel channel, String chatId) {
		return jdbc.sql("SELECT campaign_id FROM chat_campaign WHERE channel = ? AND chat_id = ?")
			.params(channel.key(), chatId)
			.query(String.class)
			.optional();
	}

	void pick(Channel channel, String chatId, String campaignId, Instant at) {
		jdbc.sql("""
				INSERT INTO chat_campaign (channel, chat_id, campaign_id, picked_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (channel, chat_id) DO UPDATE SET campaign_id = excluded.campaign_id,
				  picked_at = excluded.picked_at""")
			.params(channel.key(), chatId, campaignId, at.toEpochMilli())
			.update();
	}

	/**
	 * The campaign whose admins issued this invite code (used or not: that campaign
	 * answers).
	 */
	Optional<String> ofInvite(String code) {
		return jdbc.sql("SELECT campaign_id FROM invite WHERE code = ?")
			.param(code.strip().toUpperCase(Locale.ROOT))
			.query(String.class)
			.optional();
	}

}
