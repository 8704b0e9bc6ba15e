package vn.baocao.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * Names people the way admins recognise them and reads the way admins point at someone:
 * {@code @username}, a user id, or {@code channel:id} for an account on another channel.
 */
@PerCampaign
@Component
final class People {

	private final Roster roster;

	private final AdminDesk admin;

	People(Roster roster, AdminDesk admin) {
		this.roster = roster;
		this.admin = admin;
	}

	/**
	 * "Lan (@lan)", "Lan (123456)" or, for an account on another channel, "Lan (abc,
	 * Zalo)".
	 */
	String label(UserRef ref, Channel viewer) {
		Optional<ChatUser> user = roster.find(ref);
		String name = user.map(ChatUser::shownName).orElse(ref.userId());
		String handle = user.map(ChatUser::username).filter(u -> !u.isBlank()).map(u -> "@" + u).orElse(ref.userId());
		List<String> extra = new ArrayList<>();
		if (!handle.equals(name)) {
			extra.add(handle);
		}
		if (ref.channel() != viewer) {
			extra.add(admin.channelName(ref.channel()));
		}
		return extra.isEmpty() ? name : name + " (" + String.join(", ", extra) + ")";
	}

	/** The people as one line, or a dash-like "nobody" when there are none. */
	String labels(List<UserRef> refs, Channel viewer) {
		if (refs.isEmpty()) {
			return admin.text("people.none");
		}
		return refs.stream().map(ref -> label(ref, viewer)).collect(Collectors.joining(", "));
	}

	/**
	 * A user the bot has met on that channel (or on the one the word names), as the word
	 * points at them.
	 */
	Optional<ChatUser> known(String word, Channel channel) {
		String typed = word.strip();
		if (typed.startsWith("@")) {
			return typed.length() > 1 ? roster.findByUsername(channel, typed.substring(1)) : Optional.empty();
		}
		return roster.find(ref(typed, channel));
	}

	/**
	 * Whether the word points at this account: by @username, by channel:id, or by id on
	 * any channel.
	 */
	boolean matches(String word, UserRef ref) {
		String typed = word.strip();
		if (typed.startsWith("@")) {
			return roster.find(ref)
				.map(ChatUser::username)
				.filter(u -> u.equalsIgnoreCase(typed.substring(1)))
				.isPresent();
		}
		Optional<UserRef> qualified = qualified(typed);
		return qualified.map(ref::equals).orElse(ref.userId().equals(typed));
	}

	private static UserRef ref(String typed, Channel channel) {
		return qualified(typed).orElse(new UserRef(channel, typed));
	}

	private static Optional<UserRef> qualified(String typed) {
		int colon = typed.indexOf(':');
		if (colon <= 0 || colon == typed.length() - 1) {
			return Optional.empty();
		}
		return Channel.fromKey(typed.substring(0, colon).toLowerCase(Locale.ROOT))
			.map(channel -> new UserRef(channel, typed.substring(colon + 1)));
	}

}
