package vn.baocao.schedule;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import vn.baocao.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JobRetryTest {

	private final MutableClock clock = MutableClock.at("2024-12-10T15:05");

	private final Scheduler scheduler = mock(Scheduler.class);

	private final JobRetry retry = new JobRetry(clock);

	@Test
	void aFailedRunIsFiredAgainAMinuteLaterUnderTheSameTrigger() throws Exception {
		Trigger trigger = trigger(null);
		retry.run(context(trigger), () -> {
			throw new IllegalStateException("database is locked");
		});
		ArgumentCaptor<Trigger> again = ArgumentCaptor.forClass(Trigger.class);
		verify(scheduler).rescheduleJob(org.mockito.ArgumentMatchers.eq(trigger.getKey()), again.capture());
		assertThat(again.getValue().getKey()).isEqualTo(trigger.getKey());
		assertThat(again.getValue().getStartTime().toInstant()).isEqualTo(clock.instant().plus(JobRetry.DELAY));
		assertThat(again.getValue().getJobDataMap().getString(JobRetry.ATTEMPT)).isEqualTo("1");
		assertThat(again.getValue().getJobDataMap().getString(TriggerInstaller.DAY)).isEqualTo("2024-12-10");
	}

	@Test
	void itGivesUpAfterTheLastAttempt() throws Exception {
		retry.run(context(trigger(String.valueOf(JobRetry.MAX_ATTEMPTS))), () -> {
			throw new IllegalStateException("still locked");
		});
		verify(scheduler, never()).rescheduleJob(any(), any());
	}

	@Test
	void aRunThatWorksIsNotRetried() throws Exception {
		boolean[] ran = { false };
		retry.run(context(trigger(null)), () -> ran[0] = true);
		assertThat(ran[0]).isTrue();
		verify(scheduler, never()).rescheduleJob(any(), any());
	}

	private static Trigger trigger(String attempt) {
		JobDataMap data = new JobDataMap();
		data.put(TriggerInstaller.DAY, "2024-12-10");
		if (attempt != null) {
			data.put(JobRetry.ATTEMPT, attempt);
		}
		return TriggerBuilder.newTrigger()
			.withIdentity(TriggerKey.triggerKey("summary/2024-12-10", TriggerInstaller.GROUP))
			.forJob(TriggerInstaller.SUMMARY_JOB)
			.usingJobData(data)
			.startAt(Date.from(Instant.parse("2024-12-10T08:05:00Z")))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

	private JobExecutionContext context(Trigger trigger) {
		JobExecutionContext context = mock(JobExecutionContext.class);
		when(context.getTrigger()).thenReturn(trigger);
		when(context.getMergedJobDataMap()).thenReturn(trigger.getJobDataMap());
		when(context.getScheduler()).thenReturn(scheduler);
		return context;
	}

}
