package vn.baocao.conversation;

import java.util.List;

import vn.baocao.messaging.Outbound;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Invites;

/**
 * Told when someone joins a hamlet with an invitation code, inside the same transaction,
 * so that whatever it sends (a note to the admins) is committed together with the
 * assignment.
 */
public interface JoinListener {

	List<Outbound> joined(Invites.Invite invite, ChatUser user);

	static JoinListener none() {
		return (invite, user) -> List.of();
	}

}
