package vn.baocao.communes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.baocao.campaign.FieldDef;
import vn.baocao.summary.DailySummary;
import vn.baocao.summary.FieldTotal;
import vn.baocao.summary.HamletDay;
import vn.baocao.summary.Progress;

/**
 * The district on one day, added up from the communes' consolidated days: units reported
 * and expected, the day's totals and the running totals per field (matched by field key)
 * against the sum of the communes' targets. Plain computation, no storage.
 */
record DistrictDay(List<CommuneDays.Day> communes, int reported, int expected, List<FieldTotal> dayTotals,
		List<Progress> running) {

	static DistrictDay of(List<CommuneDays.Day> communes) {
		int reported = 0;
		int expected = 0;
		Map<String, FieldDef> fields = new LinkedHashMap<>();
		Map<String, BigDecimal> day = new LinkedHashMap<>();
		Map<String, BigDecimal> done = new LinkedHashMap<>();
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		for (CommuneDays.Day commune : communes) {
			if (!commune.running()) {
				continue;
			}
			DailySummary summary = commune.summary();
			reported += reported(summary);
			expected += summary.units().size();
			for (FieldTotal total : summary.dayTotals()) {
				fields.putIfAbsent(total.field().key(), total.field());
				day.merge(total.field().key(), total.amount(), BigDecimal::add);
			}
			for (Progress progress : summary.runningTotals()) {
				String key = progress.field().key();
				fields.putIfAbsent(key, progress.field());
				done.merge(key, progress.done(), BigDecimal::add);
				if (progress.target() != null) {
					targets.merge(key, progress.target(), BigDecimal::add);
				}
			}
		}
		List<FieldTotal> dayTotals = new ArrayList<>();
		day.forEach((key, amount) -> dayTotals.add(new FieldTotal(fields.get(key), amount)));
		List<Progress> running = new ArrayList<>();
		done.forEach((key, amount) -> running.add(new Progress(fields.get(key), amount, targets.get(key))));
		return new DistrictDay(List.copyOf(communes), reported, expected, dayTotals, running);
	}

	static int reported(DailySummary summary) {
		return (int) summary.units().stream().filter(u -> u.status().reported()).count();
	}

	static List<String> missingNames(DailySummary summary) {
		return summary.missing().stream().map(HamletDay::name).toList();
	}

}
