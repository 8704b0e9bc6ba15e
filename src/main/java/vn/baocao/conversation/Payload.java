package vn.baocao.conversation;

import java.util.Optional;

/**
 * A button's payload: the number of the question it belongs to and what it does, written
 * "seq:action" so it fits Telegram's 64 bytes and an old button can be told from a
 * current one.
 */
record Payload(int seq, String action) {

	static String of(int seq, String action) {
		return seq + ":" + action;
	}

	static Optional<Payload> parse(String payload) {
		int colon = payload.indexOf(':');
		if (colon <= 0) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new Payload(Integer.parseInt(payload.substring(0, colon)), payload.substring(colon + 1)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The argument of "verb:arg" actions ("i:cleared_m" → "cleared_m"), if the verb
	 * matches.
	 */
	Optional<String> arg(String verb) {
		return action.startsWith(verb + ":") ? Optional.of(action.substring(verb.length() + 1)) : Optional.empty();
	}

}
