package vn.baocao.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.roster.Assignment;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/** {@link Roster} in memory, seeded with the campaign file's leads. */
public final class InMemoryRoster implements Roster {

	private final Map<UserRef, ChatUser> users = new HashMap<>();

	private final List<Assignment> assignments = new ArrayList<>();

	public static InMemoryRoster seededFrom(Campaign campaign) {
		InMemoryRoster roster = new InMemoryRoster();
		for (vn.baocao.campaign.Unit hamlet : campaign.units()) {
			for (Channel channel : Channel.values()) {
				hamlet.leads()
					.on(channel)
					.forEach(id -> roster.addLead(hamlet.code(), new UserRef(channel, id), "file", Instant.EPOCH));
			}
		}
		return roster;
	}

	@Override
	public void remember(ChatUser user, Instant seenAt) {
		users.put(user.ref(), user);
	}

	private final Map<UserRef, String> privateChats = new HashMap<>();

	@Override
	public void rememberPrivateChat(UserRef user, String chatId) {
		privateChats.put(user, chatId);
	}

	@Override
	public String privateChatOf(UserRef user) {
		return privateChats.getOrDefault(user, user.userId());
	}

	@Override
	public Optional<ChatUser> find(UserRef ref) {
		return Optional.ofNullable(users.get(ref));
	}

	@Override
	public Optional<ChatUser> findByUsername(Channel channel, String username) {
		return users.values()
			.stream()
			.filter(u -> u.ref().channel() == channel && username.equalsIgnoreCase(u.username()))
			.findFirst();
	}

	@Override
	public List<String> hamletsLedBy(UserRef user) {
		return current().stream().filter(a -> a.user().equals(user)).map(Assignment::hamletCode).distinct().toList();
	}

	@Override
	public List<UserRef> leadsOf(String hamletCode) {
		return current().stream().filter(a -> a.hamletCode().equals(hamletCode)).map(Assignment::user).toList();
	}

	@Override
	public void addLead(String hamletCode, UserRef user, String assignedBy, Instant at) {
		if (!hamletsLedBy(user).contains(hamletCode)) {
			assignments.add(new Assignment(hamletCode, user, at, null, assignedBy));
		}
	}

	@Override
	public boolean endLead(String hamletCode, UserRef user, Instant at) {
		for (int i = 0; i < assignments.size(); i++) {
			Assignment a = assignments.get(i);
			if (a.until() == null && a.hamletCode().equals(hamletCode) && a.user().equals(user)) {
				assignments.set(i, new Assignment(a.hamletCode(), a.user(), a.from(), at, a.assignedBy()));
				return true;
			}
		}
		return false;
	}

	@Override
	public List<Assignment> history(String hamletCode) {
		return assignments.stream().filter(a -> a.hamletCode().equals(hamletCode)).toList();
	}

	private List<Assignment> current() {
		return assignments.stream().filter(a -> a.until() == null).toList();
	}

}
