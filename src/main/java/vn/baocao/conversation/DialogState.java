package vn.baocao.conversation;

import java.util.List;

/**
 * What a chat is in the middle of; persisted per (channel, chat) so a restart loses
 * nothing. Every state carries the number of the last question shown, so buttons of older
 * questions can be recognised even after the chat went idle.
 */
public sealed interface DialogState {

	int seq();

	/** Nothing open. */
	record Idle(int seq) implements DialogState {
	}

	/** A lead of several hamlets is choosing which one to report for. */
	record ChoosingHamlet(Draft.Mode mode, List<String> hamlets, int seq) implements DialogState {

		public ChoosingHamlet {
			hamlets = List.copyOf(hamlets);
		}

	}

	/** A report is being filled in. */
	record Filling(Draft draft) implements DialogState {

		@Override
		public int seq() {
			return draft.seq();
		}

	}

	/**
	 * A command waits for one more typed line: the next text completes it as
	 * {@code /command args <text>} (a reviewer's reason after pressing "Yêu cầu bổ
	 * sung"). Any command instead drops it.
	 */
	record AwaitingText(String command, String args, int seq) implements DialogState {
	}

	static DialogState initial() {
		return new Idle(0);
	}

	default Idle toIdle() {
		return new Idle(seq() + 1);
	}

}
