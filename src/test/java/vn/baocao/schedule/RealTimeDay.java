package vn.baocao.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A campaign day built around the real time, since Quartz fires on the real time: the
 * window is open now, the reminder comes {@code lead} from now, the window closes and the
 * summary follows a few seconds later. The campaign's zone is chosen so that it is about
 * noon there, so the day never crosses midnight whenever the test runs.
 */
record RealTimeDay(ZoneOffset zone, LocalDate day, LocalTime opens, LocalTime reminder, LocalTime closes,
		LocalTime summary) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	static RealTimeDay ahead(Instant now, Duration lead) {
		ZoneOffset zone = ZoneOffset.ofHours(12 - now.atZone(ZoneOffset.UTC).getHour());
		ZonedDateTime local = now.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
		LocalTime reminder = local.plus(lead).toLocalTime();
		LocalTime closes = reminder.plusSeconds(4);
		return new RealTimeDay(zone, local.toLocalDate(), local.minusHours(1).toLocalTime(), reminder, closes,
				closes.plusSeconds(3));
	}

	Instant at(LocalTime time) {
		return day.atTime(time).atZone(zone).toInstant();
	}

	/**
	 * Writes the test campaign for this day; the campaign runs from yesterday to
	 * {@code lastDay}.
	 */
	Path write(Path file, LocalDate lastDay) {
		String template;
		try (InputStream in = RealTimeDay.class.getResourceAsStream("/schedule/campaign-template.yml")) {
			template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> values = Map.of("zone", zone.getId(), "start", day.minusDays(1).toString(), "end",
				lastDay.toString(), "opens", opens.format(TIME), "closes", closes.format(TIME), "reminders",
				"\"" + reminder.format(TIME) + "\"", "summary", summary.format(TIME));
		for (Map.Entry<String, String> value : values.entrySet()) {
			template = template.replace("${" + value.getKey() + "}", value.getValue());
		}
		try {
			return Files.writeString(file, template, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
