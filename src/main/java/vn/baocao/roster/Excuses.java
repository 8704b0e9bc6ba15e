package vn.baocao.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Days on which a hamlet need not report (a lead ill, a funeral, a flood): such a hamlet
 * gets no reminder and counts as excused, not as missing. A report sent anyway still
 * counts as a report.
 */
public interface Excuses {

	/** Excuses the hamlet for the day, or replaces the reason of an existing excuse. */
	void excuse(Excuse excuse);

	/** Takes an excuse back; returns whether there was one. */
	boolean withdraw(String hamletCode, LocalDate day);

	Optional<Excuse> find(String hamletCode, LocalDate day);

	/** The day's excuses, in no particular order. */
	List<Excuse> forDay(LocalDate day);

	default boolean isExcused(String hamletCode, LocalDate day) {
		return find(hamletCode, day).isPresent();
	}

	/**
	 * Hamlet code to reason (empty when none was given) of every hamlet excused that day.
	 */
	default Map<String, String> reasons(LocalDate day) {
		return forDay(day).stream().collect(Collectors.toMap(Excuse::hamletCode, Excuse::reason));
	}

	/**
	 * One excused day of one hamlet; {@code reason} is empty when the admin gave none.
	 */
	record Excuse(String hamletCode, LocalDate day, String reason, UserRef excusedBy, Instant excusedAt) {
	}

}
