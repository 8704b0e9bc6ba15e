package vn.baocao.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a job's work and, if it fails (the database busy past its timeout, say), fires the
 * same trigger again a minute later instead of losing the run. Nothing is sent twice: the
 * run record is written with the messages or not at all.
 */
@Component
class JobRetry {

	private static final Logger log = LoggerFactory.getLogger(JobRetry.class);

	static final Duration DELAY = Duration.ofMinutes(1);

	static final int MAX_ATTEMPTS = 30;

	static final String ATTEMPT = "attempt";

	private final Clock clock;

	JobRetry(Clock clock) {
		this.clock = clock;
	}

	void run(JobExecutionContext context, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			retryLater(context, ex);
		}
	}

	private void retryLater(JobExecutionContext context, RuntimeException failure) {
		Trigger trigger = context.getTrigger();
		String attempts = context.getMergedJobDataMap().getString(ATTEMPT);
		int attempt = attempts == null ? 1 : Integer.parseInt(attempts) + 1;
		if (attempt > MAX_ATTEMPTS) {
			log.error("Scheduled run {} failed {} times; giving up", trigger.getKey().getName(), MAX_ATTEMPTS, failure);
			return;
		}
		log.error("Scheduled run {} failed (attempt {}); trying again in {}s", trigger.getKey().getName(), attempt,
				DELAY.toSeconds(), failure);
		Trigger again = trigger.getTriggerBuilder()
			.startAt(Date.from(clock.instant().plus(DELAY)))
			.usingJobData(ATTEMPT, String.valueOf(attempt))
			.build();
		try {
			context.getScheduler().rescheduleJob(trigger.getKey(), again);
		}
		catch (SchedulerException ex) {
			log.error("Could not schedule a retry of {}; the next start catches it up", trigger.getKey().getName(), ex);
		}
	}

}
