package vn.baocao.roster.jdbc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Invites;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * {@link Invites} on the {@code invite} table. Codes are 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), so they survive being read out over the phone.
 */
@Repository
class JdbcInvites implements Invites {

	static final String ALPHABET = Invites.ALPHABET;

	static final int LENGTH = Invites.CODE_LENGTH;

	static final int MAX_FAILURES = 5;

	static final Duration FAILURE_WINDOW = Duration.ofHours(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Roster roster;

	private final String campaignId;

	JdbcInvites(JdbcClient jdbc, Roster roster, Campaign campaign) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.campaignId = campaign.id();
	}

	@Override
	public Invite issue(String hamletCode, Invite.Role role, UserRef issuedBy, Instant now, Instant expiresAt) {
		String code = newCode();
		jdbc.sql("""
				INSERT INTO invite (code, campaign_id, hamlet_code, role, issued_by, issued_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(code, campaignId, hamletCode, role.name(), issuedBy.toString(), now.toEpochMilli(),
					expiresAt.toEpochMilli())
			.update();
		return new Invite(code, hamletCode, role, expiresAt);
	}

	@Override
	public Redemption redeem(String code, ChatUser user, Instant now) {
		UserRef ref = user.ref();
		List<Long> failures = jdbc
			.sql("""
					SELECT failed_at FROM invite_failure WHERE channel = ? AND user_id = ? AND failed_at > ? ORDER BY failed_at""")
			.params(ref.channel().key(), ref.userId(), now.minus(FAILURE_WINDOW).toEpochMilli())
			.query(Long.class)
			.list();
		if (failures.size() >= MAX_FAILURES) {
			return new Redemption.Wait(Instant.ofEpochMilli(failures.get(0)).plus(FAILURE_WINDOW));
		}
		Optional<Stored> stored = jdbc.sql("SELECT * FROM invite WHERE code = ? AND campaign_id = ?")
			.params(code, campaignId)
			.query((rs,
					n) -> new Stored(new Invite(rs.getString("code"), rs.getString("hamlet_code"),
							Invite.Role.valueOf(rs.getString("role")), Instant.ofEpochMilli(rs.getLong("expires_at"))),
							rs.getString("used_by")))
			.optional();
		if (stored.isEmpty()) {
			jdbc.sql("INSERT INTO invite_failure (channel, user_id, failed_at) VALUES (?, ?, ?)")
				.params(ref.channel().key(), ref.userId(), now.toEpochMilli())
				.update();
			return new Redemption.Unknown();
		}
		Invite invite = stored.get().invite();
		if (stored.get().usedBy() != null) {
			return new Redemption.AlreadyUsed();
		}
		if (!now.isBefore(invite.expiresAt())) {
			return new Redemption.Expired();
		}
		jdbc.sql("UPDATE invite SET used_by = ?, used_at = ? WHERE code = ?")
			.params(ref.toString(), now.toEpochMilli(), code)
			.update();
		if (invite.role() == Invite.Role.LEAD) {
			roster.addLead(invite.hamletCode(), ref, "invite:" + code, now);
		}
		return new Redemption.Joined(invite);
	}

	private record Stored(Invite invite, String usedBy) {
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
