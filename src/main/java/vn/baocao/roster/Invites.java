package vn.baocao.roster;

import java.time.Instant;

/**
 * One-time codes that let a person join a hamlet as its lead (or supervisor) from any
 * channel.
 */
public interface Invites {

	/** Codes are 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
	String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	int CODE_LENGTH = 8;

	/**
	 * Whether a typed text has the shape of an invitation code (so a bare code works like
	 * /start CODE).
	 */
	static boolean looksLikeCode(String text) {
		String code = text.strip().toUpperCase(java.util.Locale.ROOT);
		return code.length() == CODE_LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	/** Stores a new code for the hamlet, valid until {@code expiresAt}. */
	Invite issue(String hamletCode, Invite.Role role, UserRef issuedBy, Instant now, Instant expiresAt);

	/** Uses a code: on success the user has joined; every refusal says why. */
	Redemption redeem(String code, ChatUser user, Instant now);

	/** An invitation that was issued. */
	record Invite(String code, String hamletCode, Role role, Instant expiresAt) {

		/**
		 * What redeeming the code does. LEAD: the redeemer becomes a lead of the hamlet.
		 * SUPERVISOR: a code a supervisor asked for to add another account of theirs (a
		 * Zalo account beside a Telegram one); the redeemer then oversees every hamlet
		 * the supervisor oversees, under the same name. Such a code lapses when the
		 * supervisor no longer oversees any hamlet.
		 */
		public enum Role {

			LEAD, SUPERVISOR

		}

	}

	/** The outcome of {@link #redeem}. */
	sealed interface Redemption {

		record Joined(Invite invite) implements Redemption {
		}

		record Unknown() implements Redemption {
		}

		record AlreadyUsed() implements Redemption {
		}

		record Expired() implements Redemption {
		}

		/** Too many wrong codes lately: the user must wait before trying again. */
		record Wait(Instant until) implements Redemption {
		}

	}

}
