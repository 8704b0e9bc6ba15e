package vn.baocao.draft;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One row of the phrase table: the words a plan uses for a kind of work, the units its
 * figures come in, and the report field they are a target for (none: the plan names work
 * the report template does not ask about, and the draft says so).
 */
record Work(@Nullable String field, Set<Unit> units, List<String> phrases) {

	Work {
		units = Set.copyOf(units);
		phrases = List.copyOf(phrases);
	}

	boolean accepts(Unit unit) {
		return units.contains(unit);
	}

}
