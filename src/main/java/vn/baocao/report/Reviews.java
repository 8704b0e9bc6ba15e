package vn.baocao.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored reviews of the running campaign's reports; reviews are only ever added. */
public interface Reviews {

	void add(Review review);

	/** The reviews of one unit's report of one day, oldest first. */
	List<Review> of(String unitCode, LocalDate day);

	/** Every review of reports of these days, oldest first. */
	List<Review> between(LocalDate firstDay, LocalDate lastDay);

	/** Each report's state, keyed by {@link #key(String, LocalDate)}. */
	default Map<String, ReviewState> statesOf(Collection<DailyReport> reports) {
		Map<String, ReviewState> states = new HashMap<>();
		if (reports.isEmpty()) {
			return states;
		}
		LocalDate first = reports.stream().map(DailyReport::day).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = reports.stream().map(DailyReport::day).max(LocalDate::compareTo).orElseThrow();
		List<Review> reviews = between(first, last);
		for (DailyReport report : reports) {
			states.put(key(report.hamletCode(), report.day()), ReviewState.of(report, reviews));
		}
		return states;
	}

	static String key(String unitCode, LocalDate day) {
		return day + "/" + unitCode;
	}

	/** No reviews at all: for campaigns with {@code review: off} and for tests. */
	static Reviews none() {
		return new Reviews() {
			@Override
			public void add(Review review) {
				throw new UnsupportedOperationException("review is off");
			}

			@Override
			public List<Review> of(String unitCode, LocalDate day) {
				return List.of();
			}

			@Override
			public List<Review> between(LocalDate firstDay, LocalDate lastDay) {
				return List.of();
			}
		};
	}

}
