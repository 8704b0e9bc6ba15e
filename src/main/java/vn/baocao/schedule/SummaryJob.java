package vn.baocao.schedule;

import java.time.LocalDate;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

import vn.baocao.campaign.Campaign;

/** Quartz's entry for a day's summary; on the last day the final report follows it. */
class SummaryJob implements Job {

	private final SummaryService summaries;

	private final FinalReportService finalReport;

	private final Campaign campaign;

	private final JobRetry retry;

	SummaryJob(SummaryService summaries, FinalReportService finalReport, Campaign campaign, JobRetry retry) {
		this.summaries = summaries;
		this.finalReport = finalReport;
		this.campaign = campaign;
		this.retry = retry;
	}

	@Override
	public void execute(JobExecutionContext context) {
		LocalDate day = LocalDate.parse(context.getMergedJobDataMap().getString(TriggerInstaller.DAY));
		retry.run(context, () -> {
			summaries.scheduledDaily(day);
			if (day.equals(campaign.schedule().endDate())) {
				finalReport.scheduledFinal();
			}
		});
	}

}
