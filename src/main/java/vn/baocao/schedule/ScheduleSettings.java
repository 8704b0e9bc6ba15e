package vn.baocao.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baocao.schedule.late-after}: how long after its time a summary still counts as
 * sent on time. Later than that it went out because the bot was down, and says so.
 */
@ConfigurationProperties("baocao.schedule")
record ScheduleSettings(@DefaultValue("1m") Duration lateAfter) {
}
