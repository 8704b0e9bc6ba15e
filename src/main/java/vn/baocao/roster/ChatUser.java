package vn.baocao.roster;

import org.jspecify.annotations.Nullable;

/** A user as a channel presents them: display name and, on Telegram, the @username. */
public record ChatUser(UserRef ref, @Nullable String displayName, @Nullable String username) {

	public String shownName() {
		if (displayName != null && !displayName.isBlank()) {
			return displayName;
		}
		return username != null ? "@" + username : ref.userId();
	}

}
