package vn.baocao.conversation;

/** Where a lead stands in the report: which question is on screen. */
public sealed interface Step {

	/** One multi-choice question: which kinds of work today (the template's sections). */
	record Menu() implements Step {
	}

	/** The yes/no question that opens or skips one section. */
	record Gate(String section) implements Step {
	}

	record Field(String key) implements Step {
	}

	/** Everything answered: the lead sees the summary and sends it or changes an item. */
	record Confirm() implements Step {
	}

	/** From the confirmation, choosing which item to change. */
	record PickItem() implements Step {
	}

}
