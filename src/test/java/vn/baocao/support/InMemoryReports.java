package vn.baocao.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;

/** {@link Reports} in a map, for engine tests without a database. */
public final class InMemoryReports implements Reports {

	private final Map<String, List<Revision>> byKey = new LinkedHashMap<>();

	@Override
	public Optional<DailyReport> find(String hamletCode, LocalDate day) {
		List<Revision> revisions = byKey.get(key(hamletCode, day));
		return revisions == null ? Optional.empty() : Optional.of(new DailyReport(hamletCode, day, revisions));
	}

	@Override
	public DailyReport addRevision(String hamletCode, LocalDate day, Revision revision) {
		byKey.computeIfAbsent(key(hamletCode, day), k -> new ArrayList<>()).add(revision);
		return find(hamletCode, day).orElseThrow();
	}

	@Override
	public List<DailyReport> forDay(LocalDate day) {
		return between(day, day);
	}

	@Override
	public List<DailyReport> between(LocalDate firstDay, LocalDate lastDay) {
		List<DailyReport> reports = new ArrayList<>();
		byKey.forEach((key, revisions) -> {
			String[] parts = key.split("/");
			LocalDate day = LocalDate.parse(parts[1]);
			if (!day.isBefore(firstDay) && !day.isAfter(lastDay)) {
				reports.add(new DailyReport(parts[0], day, revisions));
			}
		});
		return reports;
	}

	private static String key(String hamlet, LocalDate day) {
		return hamlet + "/" + day;
	}

}
