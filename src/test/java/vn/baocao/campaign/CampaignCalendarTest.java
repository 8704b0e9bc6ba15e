package vn.baocao.campaign;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.baocao.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignCalendarTest {

	final Campaign seed = CampaignLoader.load(Path.of("config/campaign.yml"));

	final MutableClock clock = MutableClock.at("2024-12-10T00:30");

	final CampaignCalendar calendar = new CampaignCalendar(seed.schedule(), clock);

	@Test
	void todayIsTheDateInVietnamNotInUtc() {
		// 00:30 in Hồ Chí Minh City is still 9 December in UTC
		assertThat(clock.instant()).isEqualTo(Instant.parse("2024-12-09T17:30:00Z"));
		assertThat(calendar.today()).isEqualTo(LocalDate.of(2024, 12, 10));
	}

	@Test
	void fifteenCampaignDaysWeekendsIncluded() {
		assertThat(calendar.days()).hasSize(15).first().isEqualTo(LocalDate.of(2024, 12, 10));
		assertThat(calendar.isCampaignDay(LocalDate.of(2024, 12, 14))).isTrue();
		assertThat(calendar.isCampaignDay(LocalDate.of(2024, 12, 25))).isFalse();
		assertThat(calendar.isCampaignDay(LocalDate.of(2024, 12, 9))).isFalse();
	}

	@Test
	void windowAndDeadlinesAreInstantsInTheCampaignZone() {
		LocalDate day = LocalDate.of(2024, 12, 12);
		assertThat(calendar.opens(day)).isEqualTo(Instant.parse("2024-12-12T06:30:00Z"));
		assertThat(calendar.closes(day)).isEqualTo(Instant.parse("2024-12-12T08:00:00Z"));
		assertThat(calendar.summaryAt(day)).isEqualTo(Instant.parse("2024-12-12T08:05:00Z"));
		assertThat(calendar.reminders(day)).containsExactly(Instant.parse("2024-12-12T06:00:00Z"),
				Instant.parse("2024-12-12T07:30:00Z"));
	}

	@Test
	void timelinessFollowsTheWindowAndLateUntil() {
		LocalDate day = LocalDate.of(2024, 12, 12);
		assertThat(calendar.timeliness(day, Instant.parse("2024-12-12T01:00:00Z"))).isEqualTo(Timeliness.ON_TIME);
		assertThat(calendar.timeliness(day, Instant.parse("2024-12-12T07:59:59Z"))).isEqualTo(Timeliness.ON_TIME);
		assertThat(calendar.timeliness(day, Instant.parse("2024-12-12T08:00:00Z"))).isEqualTo(Timeliness.LATE);
		assertThat(calendar.timeliness(day, Instant.parse("2024-12-12T16:59:30Z"))).isEqualTo(Timeliness.LATE);
		assertThat(calendar.timeliness(day, Instant.parse("2024-12-12T17:00:00Z"))).isEqualTo(Timeliness.CLOSED);
		assertThat(calendar.timeliness(LocalDate.of(2024, 12, 30), Instant.parse("2024-12-30T01:00:00Z")))
			.isEqualTo(Timeliness.CLOSED);
	}

}
