package vn.baocao.roster;

import java.time.Instant;

/**
 * The people the bot has heard from, whatever campaign they belong to: their names and
 * their private chat, written on every update before it is routed.
 */
public interface SeenUsers {

	void remember(ChatUser user, Instant seenAt);

	void rememberPrivateChat(UserRef user, String chatId);

}
