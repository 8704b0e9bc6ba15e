package vn.baocao.conversation;

import java.util.List;

/**
 * One slash command. Handlers are found by name (canonical and Vietnamese alias), so
 * adding a command means adding a class, not a case to a switch.
 */
public interface CommandHandler {

	/** The canonical name first, then aliases; lower case, without the slash. */
	List<String> names();

	Access access();

	Turn handle(Inbound in, Inbound.Command command, DialogState state);

	/**
	 * What /help says of the command. Handlers outside this package keep their texts in
	 * their own bundle and answer here; the core's own commands use
	 * {@code help.cmd.<name>} of the main bundle.
	 */
	default String description() {
		return "";
	}

	/** Who may run a command and where. */
	enum Access {

		/** Anyone, in a private chat (lead and supervisor commands). */
		PRIVATE,
		/** Admins only, in a private chat or the committee group. */
		ADMIN,
		/** Anyone, anywhere. */
		ANYONE

	}

}
