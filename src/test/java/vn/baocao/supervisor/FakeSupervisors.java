package vn.baocao.supervisor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * {@link Supervisors} as a test sets them: people per hamlet, nothing stored. Only what
 * the escalation and the digest read is implemented.
 */
final class FakeSupervisors implements Supervisors {

	private final Map<String, List<Person>> byHamlet = new LinkedHashMap<>();

	FakeSupervisors oversee(String hamletCode, Person person) {
		byHamlet.computeIfAbsent(hamletCode, h -> new ArrayList<>()).add(person);
		return this;
	}

	@Override
	public List<Person> of(String hamletCode) {
		return byHamlet.getOrDefault(hamletCode, List.of());
	}

	@Override
	public List<String> hamletsOf(UserRef account) {
		return byHamlet.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().anyMatch(p -> p.accounts().contains(account)))
			.map(Map.Entry::getKey)
			.toList();
	}

	@Override
	public Optional<Supervision> add(String hamletCode, ChatUser account, String assignedBy, Instant at) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<String> link(UserRef supervisor, UserRef otherAccount, String assignedBy, Instant at) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean end(String hamletCode, UserRef account, Instant at) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Supervision> history(String hamletCode) {
		throw new UnsupportedOperationException();
	}

}
