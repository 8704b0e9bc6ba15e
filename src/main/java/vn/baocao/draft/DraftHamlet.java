package vn.baocao.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A hamlet as the plan describes it: its "- Ấp X:" line (none when the plan only names it
 * elsewhere), its targets by report field (a field can have several figures, as Ấp Cầu's
 * clearing of two roads; the target is their sum) and its supervisors.
 */
final class DraftHamlet {

	private final String name;

	private final String code;

	private final @Nullable Quote line;

	private final Map<String, List<Target>> targets = new LinkedHashMap<>();

	private final List<Supervisor> supervisors = new ArrayList<>();

	DraftHamlet(String name, String code, @Nullable Quote line) {
		this.name = name;
		this.code = code;
		this.line = line;
	}

	String name() {
		return name;
	}

	String code() {
		return code;
	}

	@Nullable Quote line() {
		return line;
	}

	/**
	 * The name without its "Ấp "/"Thôn " word, folded: how other sentences refer to it.
	 */
	String key() {
		return HamletNames.key(name);
	}

	void addTarget(String field, Target target) {
		targets.computeIfAbsent(field, k -> new ArrayList<>()).add(target);
	}

	Map<String, List<Target>> targets() {
		return targets;
	}

	BigDecimal target(String field) {
		return targets.getOrDefault(field, List.of())
			.stream()
			.map(Target::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * A committee member who oversees the hamlet: their name, and the words naming them
	 * and the hamlet.
	 */
	record Supervisor(String name, Quote who, Quote where) {
	}

	void addSupervisor(Supervisor supervisor) {
		if (supervisors.stream().noneMatch(s -> s.name().equals(supervisor.name()))) {
			supervisors.add(supervisor);
		}
	}

	List<Supervisor> supervisors() {
		return supervisors;
	}

}
