package vn.baocao.roster.jdbc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Invites;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * {@link Invites} on the {@code invite} table. Codes are 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), so they survive being read out over the phone.
 */
@PerCampaign
@Repository
class JdbcInvites implements Invites {

	static final String ALPHABET = Invites.ALPHABET;

	static final int LENGTH = Invites.CODE_LENGTH;

	static final int MAX_FAILURES = 5;

	static final Duration FAILURE_WINDOW = Duration.ofHours(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Roster roster;

	private final Supervisors supervisors;

	private final String campaignId;

	JdbcInvites(JdbcClient jdbc, Roster roster, Supervisors supervisors, Campaign campaign) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.supervisors = supervisors;
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
							rs.getString("issued_by"), rs.getString("used_by")))
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
		UserRef issuer = userRef(stored.get().issuedBy());
		boolean supervisor = invite.role() == Invite.Role.SUPERVISOR;
		if (supervisor && (issuer == null || supervisors.hamletsOf(issuer).isEmpty())) {
			// the supervisor who asked for the code oversees nothing any more: nothing to
			// share
			return new Redemption.Expired();
		}
		jdbc.sql("UPDATE invite SET used_by = ?, used_at = ? WHERE code = ?")
			.params(ref.toString(), now.toEpochMilli(), code)
			.update();
		if (supervisor) {
			supervisors.link(issuer, ref, "invite:" + code, now);
		}
		else {
			roster.addLead(invite.hamletCode(), ref, "invite:" + code, now);
		}
		return new Redemption.Joined(invite);
	}

	private record Stored(Invite invite, String issuedBy, String usedBy) {
	}

	/** Reads back {@link UserRef#toString()}: the channel key, a colon, the user id. */
	private static @Nullable UserRef userRef(String stored) {
		int colon = stored.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		return Channel.fromKey(stored.substring(0, colon))
			.map(channel -> new UserRef(channel, stored.substring(colon + 1)))
			.orElse(null);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
