package vn.baocao.roster.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.roster.Assignment;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/** {@link Roster} on the {@code chat_user} and {@code assignment} tables. */
@PerCampaign
@Repository
class JdbcRoster implements Roster {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final String campaignId;

	private final JdbcSeenUsers seen;

	JdbcRoster(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Campaign campaign, JdbcSeenUsers seen) {
		this.seen = seen;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.campaignId = campaign.id();
	}

	@Override
	public void remember(ChatUser user, Instant seenAt) {
		seen.remember(user, seenAt);
	}

	@Override
	public void rememberPrivateChat(UserRef user, String chatId) {
		seen.rememberPrivateChat(user, chatId);
	}

	@Override
	public String privateChatOf(UserRef user) {
		return jdbc.sql("SELECT private_chat_id FROM chat_user WHERE channel = ? AND user_id = ?")
			.params(user.channel().key(), user.userId())
			.query((rs, n) -> rs.getString(1))
			.optional()
			.filter(id -> id != null)
			.orElse(user.userId());
	}

	@Override
	public Optional<ChatUser> find(UserRef ref) {
		return jdbc.sql("SELECT * FROM chat_user WHERE channel = ? AND user_id = ?")
			.params(ref.channel().key(), ref.userId())
			.query(JdbcRoster::user)
			.optional();
	}

	@Override
	public Optional<ChatUser> findByUsername(Channel channel, String username) {
		return jdbc.sql("SELECT * FROM chat_user WHERE channel = ? AND lower(username) = lower(?)")
			.params(channel.key(), username)
			.query(JdbcRoster::user)
			.optional();
	}

	@Override
	public List<String> hamletsLedBy(UserRef user) {
		return jdbc.sql("""
				SELECT DISTINCT hamlet_code FROM assignment
				WHERE campaign_id = ? AND channel = ? AND user_id = ? AND assigned_until IS NULL""")
			.params(campaignId, user.channel().key(), user.userId())
			.query(String.class)
			.list();
	}

	@Override
	public List<UserRef> leadsOf(String hamletCode) {
		return jdbc.sql("""
				SELECT channel, user_id FROM assignment
				WHERE campaign_id = ? AND hamlet_code = ? AND assigned_until IS NULL ORDER BY id""")
			.params(campaignId, hamletCode)
			.query((rs, n) -> ref(rs))
			.list();
	}

	@Override
	public void addLead(String hamletCode, UserRef user, String assignedBy, Instant at) {
		if (hamletsLedBy(user).contains(hamletCode)) {
			return;
		}
		jdbc.sql("""
				INSERT INTO assignment (campaign_id, hamlet_code, channel, user_id, assigned_from, assigned_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(campaignId, hamletCode, user.channel().key(), user.userId(), at.toEpochMilli(), assignedBy)
			.update();
	}

	@Override
	public boolean endLead(String hamletCode, UserRef user, Instant at) {
		return jdbc.sql("""
				UPDATE assignment SET assigned_until = ?
				WHERE campaign_id = ? AND hamlet_code = ? AND channel = ? AND user_id = ? AND assigned_until IS NULL""")
			.params(at.toEpochMilli(), campaignId, hamletCode, user.channel().key(), user.userId())
			.update() > 0;
	}

	@Override
	public List<Assignment> history(String hamletCode) {
		return jdbc.sql("SELECT * FROM assignment WHERE campaign_id = ? AND hamlet_code = ? ORDER BY id")
			.params(campaignId, hamletCode)
			.query((rs, n) -> new Assignment(rs.getString("hamlet_code"), ref(rs),
					Instant.ofEpochMilli(rs.getLong("assigned_from")), until(rs), rs.getString("assigned_by")))
			.list();
	}

	/** Every (hamlet, user) pair that was ever assigned, as "hamlet/channel:user". */
	Set<String> everAssigned() {
		return new HashSet<>(jdbc.sql("SELECT hamlet_code, channel, user_id FROM assignment WHERE campaign_id = ?")
			.param(campaignId)
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + ":" + rs.getString(3))
			.list());
	}

	/**
	 * Adds many leads in one batch (seeding a large campaign file must not take a query
	 * per lead).
	 */
	void addLeads(List<Map.Entry<String, UserRef>> leads, String assignedBy, Instant at) {
		List<Object[]> rows = leads.stream()
			.map(lead -> new Object[] { campaignId, lead.getKey(), lead.getValue().channel().key(),
					lead.getValue().userId(), at.toEpochMilli(), assignedBy })
			.toList();
		jdbcTemplate.batchUpdate("""
				INSERT INTO assignment (campaign_id, hamlet_code, channel, user_id, assigned_from, assigned_by)
				VALUES (?, ?, ?, ?, ?, ?)""", rows);
	}

	private static Instant until(ResultSet rs) throws SQLException {
		long until = rs.getLong("assigned_until");
		return rs.wasNull() ? null : Instant.ofEpochMilli(until);
	}

	private static UserRef ref(ResultSet rs) throws SQLException {
		return new UserRef(Channel.fromKey(rs.getString("channel")).orElseThrow(), rs.getString("user_id"));
	}

	private static ChatUser user(ResultSet rs, int n) throws SQLException {
		return new ChatUser(ref(rs), rs.getString("display_name"), rs.getString("username"));
	}

}
