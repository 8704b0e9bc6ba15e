package vn.baocao.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Channel;
import vn.baocao.roster.UserRef;

/**
 * The chats a platform refused to deliver to (403): nothing more goes to them until their
 * person writes to the bot again. Kept in the database (a restart remembers) and in
 * memory (the dispatcher asks before every send, and a message from anyone asks whether
 * it clears a mark).
 */
@Repository
public class Reachability {

	private final JdbcClient jdbc;

	private volatile Map<String, Reach> marks;

	public Reachability(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Why the chat cannot be written to, if it cannot. */
	public Optional<Reach> of(Channel channel, String chatId) {
		return Optional.ofNullable(marks().get(key(channel, chatId)));
	}

	/** Whether any chat is marked (most days none is: callers skip their look-ups). */
	public boolean anyMarked() {
		return !marks().isEmpty();
	}

	/**
	 * Why those of these people whose private chat cannot be written to cannot;
	 * {@code privateChatOf} maps a person to that chat.
	 */
	public List<Reach> unreachable(List<UserRef> people, Function<UserRef, String> privateChatOf) {
		if (!anyMarked()) {
			return List.of();
		}
		return people.stream()
			.map(ref -> of(ref.channel(), privateChatOf.apply(ref)))
			.flatMap(Optional::stream)
			.distinct()
			.toList();
	}

	/**
	 * Marks the chat unreachable; true when it was not already (tell the admins once).
	 */
	boolean markUnreachable(Channel channel, String chatId, Reach reach, String reason, Instant at) {
		Reach before = marks().put(key(channel, chatId), reach);
		jdbc.sql("""
				INSERT INTO unreachable_chat (channel, chat_id, reach, reason, since) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (channel, chat_id) DO UPDATE SET reach = excluded.reach, reason = excluded.reason""")
			.params(channel.key(), chatId, reach.name(), reason, at.toEpochMilli())
			.update();
		return before == null;
	}

	/** The person wrote again: the chat is reachable. True when it had been marked. */
	public boolean markReachable(Channel channel, String chatId) {
		if (marks().remove(key(channel, chatId)) == null) {
			return false;
		}
		jdbc.sql("DELETE FROM unreachable_chat WHERE channel = ? AND chat_id = ?")
			.params(channel.key(), chatId)
			.update();
		return true;
	}

	private Map<String, Reach> marks() {
		Map<String, Reach> loaded = marks;
		if (loaded == null) {
			synchronized (this) {
				if (marks == null) {
					Map<String, Reach> fresh = new ConcurrentHashMap<>();
					jdbc.sql("SELECT channel, chat_id, reach FROM unreachable_chat")
						.query((rs, n) -> fresh.put(rs.getString("channel") + "\u0000" + rs.getString("chat_id"),
								Reach.valueOf(rs.getString("reach"))))
						.list();
					marks = fresh;
				}
				loaded = marks;
			}
		}
		return loaded;
	}

	private static String key(Channel channel, String chatId) {
		return channel.key() + "\u0000" + chatId;
	}

}
