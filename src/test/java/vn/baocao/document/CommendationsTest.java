package vn.baocao.document;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.DocumentSettings.CommendationRule;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.FieldType;
import vn.baocao.summary.HamletRecord;
import vn.baocao.summary.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/** The commendation rule's cases, one unit at a time and in order. */
class CommendationsTest {

	private static final FieldDef CLEARED = new FieldDef("cleared_m", "Phát quang", FieldType.QUANTITY, "m", false,
			null, null, null, List.of());

	private static HamletRecord unit(String name, int onTime, int late, int missing, int excused, long done,
			long target) {
		return new HamletRecord(name, name, onTime, late, missing, excused,
				List.of(new Progress(CLEARED, BigDecimal.valueOf(done), BigDecimal.valueOf(target))));
	}

	private static List<String> proposed(CommendationRule rule, HamletRecord... units) {
		return new Commendations(rule).proposals(List.of(units)).stream().map(p -> p.unit().name()).toList();
	}

	@Test
	void byDefaultEveryTargetMetAndNoDayMissingAnExcusedDayIsNotMissing() {
		CommendationRule rule = CommendationRule.defaults();
		assertThat(proposed(rule, unit("met", 3, 0, 0, 0, 100, 100), unit("excused", 2, 0, 0, 1, 120, 100),
				unit("short", 3, 0, 0, 0, 99, 100), unit("missed", 2, 0, 1, 0, 200, 100)))
			.containsExactly("excused", "met");
	}

	@Test
	void tiesAreBrokenByPercentThenByDaysOnTime() {
		CommendationRule rule = CommendationRule.defaults();
		assertThat(proposed(rule, unit("a", 1, 2, 0, 0, 150, 100), unit("b", 3, 0, 0, 0, 150, 100),
				unit("c", 3, 0, 0, 0, 180, 100)))
			.containsExactly("c", "b", "a");
	}

	@Test
	void eachHalfOfTheRuleCanBeTurnedOff() {
		HamletRecord missed = unit("missed", 2, 0, 1, 0, 200, 100);
		HamletRecord shortOne = unit("short", 3, 0, 0, 0, 50, 100);
		assertThat(proposed(new CommendationRule(true, false), missed, shortOne)).containsExactly("missed");
		assertThat(proposed(new CommendationRule(false, true), missed, shortOne)).containsExactly("short");
	}

	@Test
	void aUnitThatNeverReportedIsNeverProposed() {
		assertThat(proposed(new CommendationRule(false, false), unit("silent", 0, 0, 0, 3, 0, 0))).isEmpty();
	}

}
