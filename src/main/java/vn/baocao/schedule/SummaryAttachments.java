package vn.baocao.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.export.ExportFile;
import vn.baocao.export.Exports;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.StoredFiles;

/**
 * The files that go with a summary (campaign file: {@code summary-files}, default true):
 * made before the summary's transaction, since drawing them takes a moment and every
 * writer waits on an open transaction, then stored inside it with the messages that carry
 * them.
 */
@PerCampaign
@Component
class SummaryAttachments {

	private static final Logger log = LoggerFactory.getLogger(SummaryAttachments.class);

	private final Campaign campaign;

	private final Exports exports;

	private final StoredFiles files;

	SummaryAttachments(Campaign campaign, Exports exports, StoredFiles files) {
		this.campaign = campaign;
		this.exports = exports;
		this.files = files;
	}

	/** A stored file and the line that introduces it in the chat. */
	record Attached(Attachment attachment, String caption) {
	}

	/** The chart and the workbook of the day. */
	List<ExportFile> daily(LocalDate day) {
		return made(() -> exports.daily(day));
	}

	/** The chart and the workbook of the whole campaign. */
	List<ExportFile> campaignEnd() {
		return made(exports::campaignEnd);
	}

	/**
	 * Stored once, whoever gets them: every recipient's message points at the same file.
	 */
	List<Attached> store(List<ExportFile> made) {
		return made.stream().map(f -> new Attached(files.store(f.content()), f.caption())).toList();
	}

	/**
	 * None when the campaign does not want them, or making them fails: the text still
	 * goes.
	 */
	private List<ExportFile> made(Supplier<List<ExportFile>> maker) {
		if (!campaign.summaryFiles()) {
			return List.of();
		}
		try {
			return maker.get();
		}
		catch (RuntimeException ex) {
			log.error("The summary's files could not be made; the summary goes without them", ex);
			return List.of();
		}
	}

}
