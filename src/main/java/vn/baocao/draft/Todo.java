package vn.baocao.draft;

import org.jspecify.annotations.Nullable;

/**
 * Something in the plan the drafter could not turn into a value: written as a
 * {@code # TODO} comment where the value would go and as a line on standard error.
 *
 * @param place where in the draft it belongs
 * @param reason what is wrong, in Vietnamese, without double quotes
 * @param quote the plan's words it is about, or null when the plan says nothing
 */
record Todo(Place place, String reason, @Nullable Quote quote) {

	/** The part of the draft a TODO is written in. */
	sealed interface Place permits Campaign, Hamlet, Totals, Committee, Document, Organisations {

	}

	record Campaign() implements Place {
	}

	record Hamlet(String name) implements Place {
	}

	record Totals() implements Place {
	}

	record Committee() implements Place {
	}

	record Document() implements Place {
	}

	record Organisations() implements Place {
	}

	static final Place DOCUMENT = new Document();

	static final Place ORGANISATIONS = new Organisations();

	static final Place CAMPAIGN = new Campaign();

	static final Place TOTALS = new Totals();

	static final Place COMMITTEE = new Committee();

}
