package vn.baocao.admin;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.admin.DayRange.Future;
import vn.baocao.admin.DayRange.Outside;
import vn.baocao.admin.DayRange.Range;
import vn.baocao.admin.DayRange.Unreadable;
import vn.baocao.campaign.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

/** The day range /xuat, /xuatanh and /soket share, read on a campaign 10/12 to 24/12. */
class DayRangeTest {

	private static final Schedule DECEMBER = CampaignDaysTest.from("2024-12-10", "2024-12-24");

	private static LocalDate dec(int day) {
		return LocalDate.of(2024, 12, day);
	}

	@Test
	void noDayIsFromTheFirstDayToTodayOrToTheLastDayOnceItIsOver() {
		assertThat(DayRange.read(List.of(), DECEMBER, dec(12))).isEqualTo(new Range(dec(10), dec(12)));
		assertThat(DayRange.read(List.of(), DECEMBER, dec(10))).isEqualTo(new Range(dec(10), dec(10)));
		assertThat(DayRange.read(List.of(), DECEMBER, dec(28))).isEqualTo(new Range(dec(10), dec(24)));
	}

	@Test
	void oneDayIsThatDayAloneAndTwoDaysAreFromOneToTheOtherInEitherOrder() {
		assertThat(DayRange.read(List.of("11/12"), DECEMBER, dec(20))).isEqualTo(new Range(dec(11), dec(11)));
		assertThat(DayRange.read(List.of("11/12", "14/12"), DECEMBER, dec(20))).isEqualTo(new Range(dec(11), dec(14)));
		assertThat(DayRange.read(List.of("14/12", "11/12"), DECEMBER, dec(20))).isEqualTo(new Range(dec(11), dec(14)));
		assertThat(DayRange.read(List.of("12/12/2024"), DECEMBER, dec(20))).isEqualTo(new Range(dec(12), dec(12)));
	}

	@Test
	void aDayToComeIsRefusedWithTheLaterDayTyped() {
		assertThat(DayRange.read(List.of("15/12"), DECEMBER, dec(12))).isEqualTo(new Future(dec(15)));
		assertThat(DayRange.read(List.of("16/12", "11/12"), DECEMBER, dec(12))).isEqualTo(new Future(dec(16)));
		assertThat(DayRange.read(List.of("12/12"), DECEMBER, dec(12))).isEqualTo(new Range(dec(12), dec(12)));
	}

	@Test
	void aDateOutsideTheCampaignOrNotADateAtAll() {
		assertThat(DayRange.read(List.of("1/12"), DECEMBER, dec(20))).isEqualTo(new Outside(dec(1)));
		assertThat(DayRange.read(List.of("11/12", "30/12"), DECEMBER, dec(20))).isEqualTo(new Outside(dec(30)));
		assertThat(DayRange.read(List.of("hôm qua"), DECEMBER, dec(20))).isEqualTo(new Unreadable("hôm qua"));
		assertThat(DayRange.read(List.of("11/12", "31/02"), DECEMBER, dec(20))).isEqualTo(new Unreadable("31/02"));
	}

}
