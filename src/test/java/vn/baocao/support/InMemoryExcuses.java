package vn.baocao.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.baocao.roster.Excuses;

/** {@link Excuses} in a map, for unit tests without a database. */
public final class InMemoryExcuses implements Excuses {

	private final Map<String, Excuse> byKey = new LinkedHashMap<>();

	@Override
	public void excuse(Excuse excuse) {
		byKey.put(key(excuse.hamletCode(), excuse.day()), excuse);
	}

	@Override
	public boolean withdraw(String hamletCode, LocalDate day) {
		return byKey.remove(key(hamletCode, day)) != null;
	}

	@Override
	public Optional<Excuse> find(String hamletCode, LocalDate day) {
		return Optional.ofNullable(byKey.get(key(hamletCode, day)));
	}

	@Override
	public List<Excuse> forDay(LocalDate day) {
		return new ArrayList<>(byKey.values().stream().filter(e -> e.day().equals(day)).toList());
	}

	private static String key(String hamlet, LocalDate day) {
		return hamlet + "/" + day;
	}

}
