package vn.baocao.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.document.FinalReports;
import vn.baocao.export.ExportFile;
import vn.baocao.report.Reports;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.Supervisors;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.Consolidator;
import vn.baocao.summary.SummaryText;

/**
 * The final report after the last day's summary, once across firings and restarts: the
 * campaign's text report, its chart and workbook (when the campaign wants summary files)
 * and the written report upward (the sơ kết .docx), to the committee as the summaries go
 * and to each admin privately.
 */
@PerCampaign
@Service
class FinalReportService {

	private static final Logger log = LoggerFactory.getLogger(FinalReportService.class);

	private final CampaignCalendar calendar;

	private final Reports reports;

	private final Excuses excuses;

	private final Consolidator consolidator;

	private final SummaryText text;

	private final SummaryAttachments attachments;

	private final FinalReports documents;

	private final SummaryRecipients recipients;

	private final OncePerRun once;

	FinalReportService(Campaign campaign, CampaignCalendar calendar, Reports reports, Excuses excuses,
			Supervisors supervisors, SummaryAttachments attachments, FinalReports documents,
			SummaryRecipients recipients, OncePerRun once) {
		this.calendar = calendar;
		this.reports = reports;
		this.excuses = excuses;
		this.attachments = attachments;
		this.documents = documents;
		this.recipients = recipients;
		this.once = once;
		this.consolidator = new Consolidator(campaign);
		this.text = new SummaryText(campaign.schedule().zone(), supervisors::namesOf);
	}

	void scheduledFinal() {
		LocalDate first = calendar.schedule().startDate();
		LocalDate lastDay = calendar.schedule().endDate();
		once.send(Run.campaignEnd(lastDay), late -> {
			CampaignReport report = consolidator.campaign(reports.between(first, lastDay), excuses::reasons);
			return text.campaign(report, late);
		}, () -> files(lastDay), recipients::committeeAndAdmins);
	}

	/**
	 * The summary files, then the document; without the document if it cannot be made.
	 */
	private List<ExportFile> files(LocalDate lastDay) {
		List<ExportFile> files = new ArrayList<>(attachments.campaignEnd());
		try {
			files.add(documents.document(lastDay));
		}
		catch (RuntimeException ex) {
			log.error("The sơ kết document could not be made; the final report goes without it", ex);
		}
		return files;
	}

}
