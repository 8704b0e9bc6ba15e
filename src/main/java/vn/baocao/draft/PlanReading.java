package vn.baocao.draft;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Everything the readers found in one plan, filled in by them one after the other
 * ({@link PlanDrafter}) and then written out by the draft's sections. A new part of the
 * campaign file (organisations, the document) gets its own reader filling a new field
 * here and its own section writing it.
 */
final class PlanReading {

	/**
	 * The campaign's days, both inclusive, and the number of days the plan states (0:
	 * none).
	 */
	record Days(LocalDate start, LocalDate end, int statedDays, Quote quote) {
	}

	/** The daily report window. */
	record Window(LocalTime opens, LocalTime closes, Quote quote) {
	}

	/** "01 người dân với 03 chiến sĩ LLVT". */
	record Ratio(int left, int right, Quote quote) {
	}

	final PlanText plan;

	@Nullable Found<String> name;

	@Nullable Found<String> place;

	@Nullable Days days;

	@Nullable Window window;

	@Nullable Quote weekends;

	@Nullable Found<String> collector;

	@Nullable Ratio ratio;

	final List<DraftHamlet> hamlets = new ArrayList<>();

	/** The units that report beside the hamlets (sections III and IV). */
	final List<OrganisationReader.DraftOrganisation> organisations = new ArrayList<>();

	/** The member who oversees every unit ("theo dõi và chỉ đạo các ngành"), if any. */
	DraftHamlet.@Nullable Supervisor unitsSupervisor;

	/** The plan's own totals for the commune, by report field. */
	final Map<String, Target> totals = new LinkedHashMap<>();

	/** Committee members who oversee no hamlet. */
	final List<Found<String>> otherMembers = new ArrayList<>();

	@Nullable Found<String> signer;

	/** The official document's facts, for the {@code document} section. */
	DocumentReader.@Nullable Facts document;

	final List<Todo> todos = new ArrayList<>();

	PlanReading(PlanText plan) {
		this.plan = plan;
	}

	void todo(Todo.Place place, String reason, @Nullable Quote quote) {
		todos.add(new Todo(place, reason, quote));
	}

	List<Todo> todos(Todo.Place place) {
		return todos.stream().filter(t -> t.place().equals(place)).toList();
	}

	Optional<DraftHamlet> hamlet(String key) {
		return hamlets.stream().filter(h -> h.key().equals(key)).findFirst();
	}

}
