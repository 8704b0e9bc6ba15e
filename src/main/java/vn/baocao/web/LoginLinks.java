package vn.baocao.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;

/**
 * The one-time sign-in links: 256 random bits each, valid {@link #VALID_FOR}, used once.
 * Only a code's SHA-256 is stored, so whoever reads the database cannot sign in.
 */
@PerCampaign
@Repository
class LoginLinks {

	static final Duration VALID_FOR = Duration.ofMinutes(10);

	/** 32 random bytes, base64url without padding: 43 characters. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final String campaignId;

	LoginLinks(JdbcClient jdbc, Campaign campaign) {
		this.jdbc = jdbc;
		this.campaignId = campaign.id();
	}

	/** A link's owner, as stored when the link was issued. */
	record Owner(UserRef ref, String name) {
	}

	/** What opening a link gives: a person, or why not. */
	sealed interface Redeemed permits Valid, Used, Expired, Unknown {

	}

	record Valid(Owner owner) implements Redeemed {
	}

	record Used() implements Redeemed {
	}

	record Expired() implements Redeemed {
	}

	record Unknown() implements Redeemed {
	}

	/** A fresh code for this person; the caller shows it once and forgets it. */
	String issue(ChatUser user, Instant now) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO web_login (code_hash, campaign_id, channel, user_id, user_name, issued_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(hash(code), campaignId, user.ref().channel().key(), user.ref().userId(), user.shownName(),
					now.toEpochMilli(), now.plus(VALID_FOR).toEpochMilli())
			.update();
		return code;
	}

	/**
	 * Uses the code up, if it is valid now. The update claims it, so two requests with
	 * the same code cannot both win.
	 */
	Redeemed redeem(String code, Instant now) {
		if (!CODE.matcher(code).matches()) {
			return new Unknown();
		}
		String hash = hash(code);
		int claimed = jdbc.sql("""
				UPDATE web_login SET used_at = ?
				WHERE code_hash = ? AND campaign_id = ? AND used_at IS NULL AND expires_at > ?""")
			.params(now.toEpochMilli(), hash, campaignId, now.toEpochMilli())
			.update();
		Optional<Row> row = jdbc.sql("SELECT * FROM web_login WHERE code_hash = ? AND campaign_id = ?")
			.params(hash, campaignId)
			.query((rs, n) -> new Row(rs.getString("channel"), rs.getString("user_id"), rs.getString("user_name"),
					rs.getObject("used_at") != null))
			.optional();
		if (row.isEmpty()) {
			return new Unknown();
		}
		if (claimed == 1) {
			Row r = row.get();
			return new Valid(new Owner(new UserRef(Channel.fromKey(r.channel()).orElseThrow(), r.userId()), r.name()));
		}
		return row.get().used() ? new Used() : new Expired();
	}

	private record Row(String channel, String userId, String name, boolean used) {
	}

	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
