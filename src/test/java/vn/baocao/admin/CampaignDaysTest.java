package vn.baocao.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.admin.CampaignDays.Day;
import vn.baocao.admin.CampaignDays.NotADate;
import vn.baocao.admin.CampaignDays.Outside;
import vn.baocao.campaign.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignDaysTest {

	static Schedule from(String start, String end) {
		return new Schedule(ZoneId.of("Asia/Ho_Chi_Minh"), LocalDate.parse(start), LocalDate.parse(end),
				LocalTime.of(13, 30), LocalTime.of(15, 0), List.of(), LocalTime.of(15, 5), LocalTime.of(23, 59));
	}

	@Test
	void dayAndMonthMeanThatDateInTheCampaign() {
		Schedule december = from("2024-12-10", "2024-12-24");
		assertThat(CampaignDays.parse("12/12", december)).isEqualTo(new Day(LocalDate.of(2024, 12, 12)));
		assertThat(CampaignDays.parse("10/12", december)).isEqualTo(new Day(LocalDate.of(2024, 12, 10)));
		assertThat(CampaignDays.parse("1/12", december)).isEqualTo(new Outside(LocalDate.of(2024, 12, 1)));
		assertThat(CampaignDays.parse("24-12", december)).isEqualTo(new Day(LocalDate.of(2024, 12, 24)));
		assertThat(CampaignDays.parse("12/12/2024", december)).isEqualTo(new Day(LocalDate.of(2024, 12, 12)));
		assertThat(CampaignDays.parse("12/12/2023", december)).isEqualTo(new Outside(LocalDate.of(2023, 12, 12)));
	}

	@Test
	void aCampaignAcrossNewYearReadsEachDateInItsOwnYear() {
		Schedule tet = from("2024-12-28", "2025-01-05");
		assertThat(CampaignDays.parse("30/12", tet)).isEqualTo(new Day(LocalDate.of(2024, 12, 30)));
		assertThat(CampaignDays.parse("02/01", tet)).isEqualTo(new Day(LocalDate.of(2025, 1, 2)));
		assertThat(CampaignDays.parse("10/01", tet)).isEqualTo(new Outside(LocalDate.of(2025, 1, 10)));
		assertThat(CampaignDays.parse("20/12", tet)).isEqualTo(new Outside(LocalDate.of(2024, 12, 20)));
	}

	@Test
	void whatIsNotADateSaysSo() {
		Schedule december = from("2024-12-10", "2024-12-24");
		assertThat(CampaignDays.parse("31/02", december)).isEqualTo(new NotADate());
		assertThat(CampaignDays.parse("12/13", december)).isEqualTo(new NotADate());
		assertThat(CampaignDays.parse("hôm qua", december)).isEqualTo(new NotADate());
		assertThat(CampaignDays.parse("29/02", from("2025-02-20", "2025-03-05"))).isEqualTo(new NotADate());
		assertThat(CampaignDays.looksLikeDate("12/12")).isTrue();
		assertThat(CampaignDays.looksLikeDate("ốm")).isFalse();
	}

}
