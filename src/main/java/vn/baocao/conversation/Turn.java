package vn.baocao.conversation;

import java.util.ArrayList;
import java.util.List;

import vn.baocao.messaging.Outbound;

/**
 * The outcome of handling one inbound message: the chat's next state and what to send.
 */
public record Turn(DialogState state, List<Outbound> replies) {

	public Turn {
		replies = List.copyOf(replies);
	}

	public static Turn of(DialogState state, Outbound... replies) {
		return new Turn(state, List.of(replies));
	}

	public Turn plus(List<Outbound> more) {
		List<Outbound> all = new ArrayList<>(replies);
		all.addAll(more);
		return new Turn(state, all);
	}

}
