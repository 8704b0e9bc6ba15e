package vn.baocao.draft;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.baocao.messaging.Texts;

/**
 * The campaign's days ("15 ngày (từ ngày 10/12 - 24/12/2024)") and the daily report
 * window ("báo cáo hàng ngày … từ 13h30 đến 15h00").
 */
final class ScheduleReader {

	private static final Pattern RANGE = Pattern.compile("(?:từ\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})"
			+ "(?:\\s*/\\s*(\\d{4}))?\\s*(?:-|–|—|đến(?:\\s+hết)?(?:\\s+ngày)?)\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");

	/** "15 ngày (từ ngày …", "20 ngày, từ ngày …" before the range. */
	private static final Pattern DAYS_BEFORE = Pattern.compile("(\\d{1,3})\\s+ngày\\s*[,:(]?\\s*$");

	/** "… đến ngày 31/8/2025 (31 ngày)" after it. */
	private static final Pattern DAYS_AFTER = Pattern.compile("^\\s*[,(]?\\s*(\\d{1,3})\\s+ngày(?![\\p{L}])");

	private static final String TIME = "(\\d{1,2})\\s*(?:h|giờ|g|:)\\s*(\\d{2})?(?:\\s*phút)?";

	private static final Pattern WINDOW = Pattern
		.compile("(?:từ\\s+)?(?:lúc\\s+)?" + TIME + "\\s*(?:-|–|—|đến)\\s*" + TIME + "(?![\\p{L}\\d])");

	private static final Pattern WEEKENDS_OUT = Pattern.compile(
			"(?:trừ|không\\s+kể|không\\s+tính|nghỉ)\\s+(?:các\\s+)?(?:ngày\\s+)?(?:thứ\\s+bảy|thứ\\s+7|chủ\\s+nhật)");

	private static final Pattern WEEKENDS_IN = Pattern
		.compile("kể\\s+cả\\s+(?:các\\s+)?(?:ngày\\s+)?(?:thứ\\s+bảy|thứ\\s+7)");

	private static final Pattern COLLECTOR = Pattern
		.compile("(?U)(?:[Đđ]ồng\\s+chí|[Đđ]/c)\\s*:?\\s*(" + CommitteeReader.NAME + ")");

	private static final Pattern REPORT = Fold.words("báo cáo");

	private static final Pattern TIME_WORD = Fold.words("thời gian");

	private final Texts texts;

	ScheduleReader(Texts texts) {
		this.texts = texts;
	}

	void read(PlanReading reading) {
		days(reading);
		window(reading);
	}

	/**
	 * The best sentence for the days: one that says how many days ("15 ngày (từ …)"),
	 * then one about "thời gian", then any; a range over a year long is an anniversary
	 * ("22/12/1944-22/12/2024"), not a campaign.
	 */
	private void days(PlanReading reading) {
		Candidate best = null;
		PlanText plan = reading.plan;
		for (int n = 1; n <= plan.size(); n++) {
			String lower = Fold.lower(plan.line(n));
			Matcher m = RANGE.matcher(lower);
			while (m.find()) {
				Candidate c = candidate(plan, n, lower, m);
				if (c != null && (best == null || c.rank > best.rank)) {
					best = c;
				}
			}
		}
		if (best == null) {
			reading.todo(Todo.CAMPAIGN, texts.get("draft.todo.no-days"), null);
			return;
		}
		reading.days = best.days;
		long counted = ChronoUnit.DAYS.between(best.days.start(), best.days.end()) + 1;
		if (best.days.statedDays() > 0 && best.days.statedDays() != counted) {
			reading.todo(Todo.CAMPAIGN, texts.get("draft.todo.days-count", best.days.statedDays(), counted),
					best.days.quote());
		}
	}

	private record Candidate(PlanReading.Days days, int rank) {
	}

	private @Nullable Candidate candidate(PlanText plan, int n, String lower, Matcher m) {
		LocalDate end;
		LocalDate start;
		try {
			end = LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)),
					Integer.parseInt(m.group(4)));
			int startYear = m.group(3) != null ? Integer.parseInt(m.group(3)) : end.getYear();
			start = LocalDate.of(startYear, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
			if (m.group(3) == null && start.isAfter(end)) {
				start = start.minusYears(1);
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 366) {
			return null;
		}
		String before = lower.substring(0, m.start());
		Matcher daysBefore = DAYS_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 24), m.start()));
		Matcher daysAfter = DAYS_AFTER.matcher(lower.substring(m.end()));
		String statedText = daysBefore.find() ? daysBefore.group(1) : (daysAfter.find() ? daysAfter.group(1) : null);
		int stated = 0;
		int rank = 1;
		if (statedText != null) {
			stated = Integer.parseInt(statedText);
			rank = 4;
		}
		else if (TIME_WORD.matcher(before).find()) {
			rank = 3;
		}
		else if (REPORT.matcher(lower).find()) {
			rank = 2;
		}
		int[] clause = Clauses.around(plan.line(n), 0, m.start());
		Quote quote = Quote.of(plan, n, clause[0], Math.max(clause[1], m.end()));
		return new Candidate(new PlanReading.Days(start, end, stated, quote), rank);
	}

	private void window(PlanReading reading) {
		PlanText plan = reading.plan;
		for (int n = 1; n <= plan.size(); n++) {
			String lower = Fold.lower(plan.line(n));
			if (!REPORT.matcher(lower).find()) {
				continue;
			}
			Matcher m = WINDOW.matcher(lower);
			while (m.find()) {
				LocalTime opens = time(m.group(1), m.group(2));
				LocalTime closes = time(m.group(3), m.group(4));
				if (opens == null || closes == null || !closes.isAfter(opens)) {
					continue;
				}
				int[] clause = Clauses.around(plan.line(n), 0, m.start());
				int end = clause[1] - clause[0] > 240 ? m.end() : clause[1];
				reading.window = new PlanReading.Window(opens, closes, Quote.of(plan, n, clause[0], end));
				weekends(reading, n, lower);
				collector(reading, n, m.end());
				return;
			}
		}
		reading.todo(Todo.CAMPAIGN, texts.get("draft.todo.no-window"), null);
	}

	private void weekends(PlanReading reading, int n, String lower) {
		Matcher out = WEEKENDS_OUT.matcher(lower);
		if (out.find()) {
			int[] clause = Clauses.around(reading.plan.line(n), 0, out.start());
			reading.todo(Todo.CAMPAIGN, texts.get("draft.todo.weekends"),
					Quote.of(reading.plan, n, clause[0], clause[1]));
			return;
		}
		Matcher in = WEEKENDS_IN.matcher(lower);
		if (in.find()) {
			int end = in.end();
			while (end < lower.length() && ").,;".indexOf(lower.charAt(end)) < 0) {
				end++;
			}
			reading.weekends = Quote.of(reading.plan, n, in.start(), end);
		}
	}

	/**
	 * "… về Ban Chỉ đạo …, đồng chí: Trần Thanh Hưng – Phó Chỉ huy trưởng": who collects
	 * the reports.
	 */
	private void collector(PlanReading reading, int n, int from) {
		String line = reading.plan.line(n);
		Matcher m = COLLECTOR.matcher(line);
		if (m.find(from)) {
			int end = line.indexOf(" để ", m.end());
			reading.collector = new Found<>(Fold.spaces(m.group(1)),
					Quote.of(reading.plan, n, m.start(), end < 0 ? Clauses.around(line, m.start(), m.end())[1] : end));
		}
	}

	private static @Nullable LocalTime time(String hours, @Nullable String minutes) {
		try {
			return LocalTime.of(Integer.parseInt(hours), minutes == null ? 0 : Integer.parseInt(minutes));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
