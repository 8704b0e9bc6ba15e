package vn.baocao.admin;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Schedule;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.document.FinalReports;
import vn.baocao.export.ExportFile;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.messaging.Texts;

/**
 * {@code /finalreport [dd/MM]}, {@code /soket}: the written report upward as a Word file,
 * up to that campaign day (by default today, or the last day once the campaign is over):
 * the sơ kết when the last day is in, a progress report before.
 */
@PerCampaign
@Component
@Order(86)
final class FinalReportCommand implements CommandHandler {

	private final AdminDesk admin;

	private final FinalReports reports;

	private final StoredFiles files;

	private final AuditLog audit;

	private final Texts texts = new Texts("messages/document");

	FinalReportCommand(AdminDesk admin, FinalReports reports, StoredFiles files, AuditLog audit) {
		this.admin = admin;
		this.reports = reports;
		this.files = files;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("finalreport", "soket");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return texts.get("help.finalreport");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		Schedule schedule = admin.campaign().schedule();
		LocalDate today = admin.calendar().today();
		if (words.size() > 1) {
			return usage(in, state);
		}
		if (today.isBefore(schedule.startDate())) {
			return say(in, state, texts.get("finalreport.not-started", admin.firstDay()));
		}
		// one day: the report up to that day, so the range's last day is the one that
		// counts
		DayRange.Read read = DayRange.read(words, schedule, today);
		if (read instanceof DayRange.Outside outside) {
			return say(in, state,
					admin.text("day.outside", admin.day(outside.day()), admin.firstDay(), admin.lastDay()));
		}
		if (read instanceof DayRange.Future future) {
			return say(in, state, texts.get("finalreport.future", admin.day(future.day()), admin.day(today)));
		}
		if (!(read instanceof DayRange.Range range)) {
			return usage(in, state);
		}
		LocalDate last = range.last();
		ExportFile file = reports.document(last);
		Attachment attachment = files.store(file.content());
		audit.record(in.user(), command.name(), command.args(), texts.get("audit.finalreport.day", admin.day(last)),
				texts.get("audit.file", attachment.name()));
		String text = texts.get(
				last.equals(schedule.endDate()) ? "finalreport.done.final" : "finalreport.done.progress",
				admin.day(last), attachment.name());
		return Turn.of(state, new Outbound(in.channel(), in.chatId(), text, List.of(), attachment));
	}

	private Turn usage(Inbound in, DialogState state) {
		return say(in, state, texts.get("usage.finalreport", admin.exampleDay()));
	}

	private static Turn say(Inbound in, DialogState state, String text) {
		return Turn.of(state, Outbound.text(in.channel(), in.chatId(), text));
	}

}
