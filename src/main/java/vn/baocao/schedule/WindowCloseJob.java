package vn.baocao.schedule;

import java.time.LocalDate;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Quartz's entry for the window's close of a day. */
class WindowCloseJob implements Job {

	private final WindowCloseService close;

	private final JobRetry retry;

	WindowCloseJob(WindowCloseService close, JobRetry retry) {
		this.close = close;
		this.retry = retry;
	}

	@Override
	public void execute(JobExecutionContext context) {
		LocalDate day = LocalDate.parse(context.getMergedJobDataMap().getString(TriggerInstaller.DAY));
		retry.run(context, () -> close.scheduled(day));
	}

}
