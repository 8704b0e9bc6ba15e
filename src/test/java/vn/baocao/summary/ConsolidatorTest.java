package vn.baocao.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.summary.SeedFixture.D11;
import static vn.baocao.summary.SeedFixture.D12;
import static vn.baocao.summary.SeedFixture.SEED;

class ConsolidatorTest {

	private final Consolidator consolidator = new Consolidator(SEED);

	private final DailySummary day12 = consolidator.daily(D12, SeedFixture.reports(),
			Map.of("bau-dung", "Họp dân toàn ấp"));

	@Test
	void statusOfEveryHamletComesFromTheDaysFirstRevisions() {
		assertThat(day12.hamlets()).extracting(HamletDay::code)
			.containsExactly("cau", "trai-bi", "san-bay", "moi", "bau-dung", "go-cat", "dong-dai", "xom-thap");
		assertThat(day12.reported()).extracting(HamletDay::code).containsExactly("san-bay", "go-cat", "dong-dai");
		assertThat(day12.late()).extracting(HamletDay::code).containsExactly("go-cat");
		assertThat(day12.missing()).extracting(HamletDay::code).containsExactly("cau", "trai-bi", "moi", "xom-thap");
		assertThat(day12.excused()).singleElement().satisfies(h -> {
			assertThat(h.code()).isEqualTo("bau-dung");
			assertThat(h.excuse()).isEqualTo("Họp dân toàn ấp");
		});
		assertThat(day12.dayNumber()).isEqualTo(3);
		assertThat(day12.dayCount()).isEqualTo(15);
	}

	@Test
	void dayTotalsAddUpOnlyThatDaysReportsAndOnlyAnsweredFields() {
		assertThat(amounts(day12.dayTotals())).containsExactly(Map.entry("residents", "52"),
				Map.entry("soldiers", "150"), Map.entry("cleared_m", "1100"), Map.entry("patched_m", "100"),
				Map.entry("houses_finished", "1"), Map.entry("gifts", "5"), Map.entry("gifts_value_vnd", "2500000"));
	}

	@Test
	void runningTotalsUseTheLatestRevisionAndCompareWithTheHamletsTargets() {
		Map<String, Progress> running = byKey(day12.runningTotals());
		// cleared_m: 1.330 (10/12) + 1.200 (11/12, the amendment replaces 1.000) + 600 +
		// 500 (12/12)
		assertProgress(running.get("cleared_m"), "3630", "9900", "36.7");
		assertProgress(running.get("lighting_m"), "200", "4330", "4.6");
		assertProgress(running.get("patched_m"), "340", "740", "45.9");
		assertProgress(running.get("new_road_m"), "150", "400", "37.5");
		assertProgress(running.get("houses_finished"), "2", "12", "16.7");
		assertProgress(running.get("propaganda_sessions"), "1", "8", "12.5");
		assertProgress(running.get("money_vnd"), "10500000", "90000000", "11.7");
		assertThat(running.get("residents").done()).isEqualByComparingTo("157");
		assertThat(running.get("residents").target()).isNull();
		assertThat(running.get("residents").percent()).isEmpty();
		assertThat(running.get("gifts_value_vnd").done()).isEqualByComparingTo("2500000");
		// no hamlet has a target for it and nobody reported it
		assertThat(running).doesNotContainKey("medical_checkups");
	}

	@Test
	void ratioIsMetOnTheDayButNotOverTheRunningTotals() {
		// 52 residents × 3 = 156 ≥ 150 soldiers; running 157 × 3 = 471 < 480
		assertThat(day12.dayRatio().met()).isTrue();
		assertThat(day12.dayRatio().rightPerLeft()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.9"));
		assertThat(day12.runningRatio().met()).isFalse();
		assertThat(day12.runningRatio().left()).isEqualByComparingTo("157");
		assertThat(day12.runningRatio().right()).isEqualByComparingTo("480");
		// Gò Cát: 15 × 3 = 45 < 60
		assertThat(day12.shortOfRatio()).extracting(HamletDay::code).containsExactly("go-cat");
	}

	@Test
	void runningTotalsStopAtTheSummarisedDay() {
		DailySummary day11 = consolidator.daily(D11, SeedFixture.reports(), Map.of());
		assertThat(byKey(day11.runningTotals()).get("cleared_m").done()).isEqualByComparingTo("2530");
		assertThat(day11.reported()).extracting(HamletDay::code).containsExactly("cau", "trai-bi", "xom-thap");
		assertThat(day11.late()).extracting(HamletDay::code).containsExactly("trai-bi");
	}

	@Test
	void aDayWithoutReportsHasEveryHamletMissingAndNoFigures() {
		DailySummary empty = consolidator.daily(SeedFixture.D10, List.of(), Map.of());
		assertThat(empty.missing()).hasSize(8);
		assertThat(empty.dayTotals()).isEmpty();
		assertThat(empty.dayRatio().hasData()).isFalse();
		assertThat(byKey(empty.runningTotals()).get("cleared_m").done()).isEqualByComparingTo("0");
	}

	@Test
	void finalReportCountsEachHamletsDaysAndItsOwnTargets() {
		CampaignReport report = consolidator.campaign(SeedFixture.reports(),
				day -> day.equals(D12) ? Map.of("bau-dung", "") : Map.of());
		Map<String, HamletRecord> hamlets = new java.util.HashMap<>();
		report.hamlets().forEach(h -> hamlets.put(h.code(), h));
		assertDays(hamlets.get("cau"), 2, 0, 13, 0);
		assertDays(hamlets.get("trai-bi"), 0, 1, 14, 0);
		assertDays(hamlets.get("go-cat"), 0, 1, 14, 0);
		assertDays(hamlets.get("bau-dung"), 0, 0, 14, 1);
		assertDays(hamlets.get("xom-thap"), 1, 0, 14, 0);
		Map<String, Progress> cau = byKey(hamlets.get("cau").progress());
		assertThat(cau.keySet()).containsExactlyInAnyOrder("cleared_m", "lighting_m", "houses_finished",
				"propaganda_sessions", "money_vnd");
		assertProgress(cau.get("cleared_m"), "2530", "3500", "72.3");
		assertProgress(cau.get("lighting_m"), "0", "3000", "0.0");
		assertProgress(byKey(report.totals()).get("cleared_m"), "3630", "9900", "36.7");
		assertThat(report.ratio().met()).isFalse();
		assertThat(report.dayCount()).isEqualTo(15);
	}

	private static void assertDays(HamletRecord hamlet, int onTime, int late, int missing, int excused) {
		assertThat(List.of(hamlet.onTime(), hamlet.late(), hamlet.missing(), hamlet.excused())).as(hamlet.code())
			.containsExactly(onTime, late, missing, excused);
	}

	private static void assertProgress(Progress progress, String done, String target, String percent) {
		assertThat(progress.done()).as(progress.field().key()).isEqualByComparingTo(done);
		assertThat(progress.target()).as(progress.field().key()).isEqualByComparingTo(target);
		assertThat(progress.percent()).as(progress.field().key()).hasValue(new BigDecimal(percent));
	}

	private static Map<String, String> amounts(List<FieldTotal> totals) {
		Map<String, String> amounts = new java.util.LinkedHashMap<>();
		totals.forEach(t -> amounts.put(t.field().key(), t.amount().toPlainString()));
		return amounts;
	}

	private static Map<String, Progress> byKey(List<Progress> progress) {
		Map<String, Progress> map = new java.util.LinkedHashMap<>();
		progress.forEach(p -> map.put(p.field().key(), p));
		return map;
	}

}
