package vn.baocao.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class TimetableTest {

	private final Campaign seed = CampaignLoader.load(Path.of("config/campaign.yml"));

	private final Timetable timetable = new Timetable(
			new CampaignCalendar(seed.schedule(), MutableClock.at("2024-12-10T08:00")));

	@Test
	void everyCampaignDayWeekendsTooHasItsRemindersAndItsSummary() {
		// 15 days × (2 reminders + the window's close + the summary)
		assertThat(timetable.triggered()).hasSize(60);
		LocalDate saturday = LocalDate.of(2024, 12, 14);
		assertThat(timetable.triggered()).extracting(Timetable.Due::run)
			.contains(Run.reminder(saturday, LocalTime.of(13, 0)), Run.reminder(saturday, LocalTime.of(14, 30)),
					Run.summary(saturday), Run.summary(LocalDate.of(2024, 12, 24)))
			.doesNotContain(Run.summary(LocalDate.of(2024, 12, 25)), Run.summary(LocalDate.of(2024, 12, 9)));
	}

	@Test
	void timesAreInTheCampaignsZone() {
		LocalDate day = LocalDate.of(2024, 12, 14);
		assertThat(timetable.due(Run.reminder(day, LocalTime.of(13, 0))))
			.isEqualTo(Instant.parse("2024-12-14T06:00:00Z"));
		assertThat(timetable.due(Run.summary(day))).isEqualTo(Instant.parse("2024-12-14T08:05:00Z"));
		assertThat(timetable.due(Run.campaignEnd(LocalDate.of(2024, 12, 24))))
			.isEqualTo(Instant.parse("2024-12-24T08:05:00Z"));
	}

	@Test
	void runsAreNamedByJobAndDay() {
		LocalDate day = LocalDate.of(2024, 12, 14);
		assertThat(Run.reminder(day, LocalTime.of(13, 0)).id()).isEqualTo("reminder@13:00/2024-12-14");
		assertThat(Run.summary(day).id()).isEqualTo("summary/2024-12-14");
		assertThat(Run.campaignEnd(day).id()).isEqualTo("final/2024-12-14");
		assertThat(timetable.isLastDay(LocalDate.of(2024, 12, 24))).isTrue();
	}

}
