package vn.baocao.roster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hamlet leads and the users the bot has met. Assignments keep their history: ending one
 * sets its end time, it is never deleted.
 */
public interface Roster {

	/** Records or refreshes what the channel told us about a user. */
	void remember(ChatUser user, Instant seenAt);

	Optional<ChatUser> find(UserRef ref);

	/** Records the chat in which the user talks to the bot privately. */
	void rememberPrivateChat(UserRef user, String chatId);

	/**
	 * The chat to write to when telling this user something privately (a reminder, a
	 * greeting): the last private chat they used, else their user id, which is the
	 * private chat id on Telegram and Zalo.
	 */
	String privateChatOf(UserRef user);

	/** Looks a user up by @username (without the @) on one channel. */
	Optional<ChatUser> findByUsername(vn.baocao.campaign.Channel channel, String username);

	/** Hamlet codes the user currently leads, in campaign order is not guaranteed. */
	List<String> hamletsLedBy(UserRef user);

	List<UserRef> leadsOf(String hamletCode);

	/** Adds a lead to a hamlet; does nothing if already a current lead. */
	void addLead(String hamletCode, UserRef user, String assignedBy, Instant at);

	/** Ends a current assignment; returns whether there was one. */
	boolean endLead(String hamletCode, UserRef user, Instant at);

	List<Assignment> history(String hamletCode);

}
