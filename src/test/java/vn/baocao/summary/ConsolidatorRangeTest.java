package vn.baocao.summary;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.summary.SeedFixture.D11;
import static vn.baocao.summary.SeedFixture.D12;
import static vn.baocao.summary.SeedFixture.SEED;

/** The campaign report over some of its days, as the range workbook uses it. */
class ConsolidatorRangeTest {

	private final Consolidator consolidator = new Consolidator(SEED);

	@Test
	void onlyTheRangesDaysCountTowardsTotalsAndParticipation() {
		CampaignReport report = consolidator.between(D11, D12, SeedFixture.reports(), day -> Map.of());
		assertThat(report.firstDay()).isEqualTo(D11);
		assertThat(report.lastDay()).isEqualTo(D12);
		assertThat(report.dayCount()).isEqualTo(2);
		// 1.200 (Cầu's amendment, 11/12) + 600 + 500 (12/12); 10/12's 1.330 is outside
		Progress cleared = report.totals()
			.stream()
			.filter(p -> p.field().key().equals("cleared_m"))
			.findFirst()
			.orElseThrow();
		assertThat(cleared.done()).isEqualByComparingTo("2300");
		assertThat(cleared.target()).isEqualByComparingTo("9900");
		HamletRecord cau = report.hamlets().get(0);
		assertThat(cau.code()).isEqualTo("cau");
		assertThat(cau.onTime()).isEqualTo(1);
		assertThat(cau.missing()).isEqualTo(1);
	}

	@Test
	void theWholeCampaignIsTheRangeFromItsFirstToItsLastDay() {
		assertThat(consolidator.campaign(SeedFixture.reports(), day -> Map.of())).isEqualTo(consolidator
			.between(SEED.schedule().startDate(), SEED.schedule().endDate(), SeedFixture.reports(), day -> Map.of()));
	}

	@Test
	void aRangeOutsideTheCampaignIsAMistake() {
		assertThatThrownBy(
				() -> consolidator.between(LocalDate.of(2024, 12, 1), D12, SeedFixture.reports(), day -> Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> consolidator.between(D12, D11, SeedFixture.reports(), day -> Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
