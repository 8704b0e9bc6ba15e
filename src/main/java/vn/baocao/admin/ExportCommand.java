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
import vn.baocao.export.ExportFile;
import vn.baocao.export.Exports;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.messaging.Texts;

/**
 * {@code /export [dd/MM] [dd/MM]}, {@code /xuat}: the Excel workbook of a range of
 * campaign days, sent to the admin who asked. No day: from the first campaign day to
 * today (or the last day); one day: that day alone; two: from one to the other.
 */
@PerCampaign
@Component
@Order(85)
final class ExportCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Exports exports;

	private final StoredFiles files;

	private final AuditLog audit;

	private final Texts texts = new Texts("messages/export");

	ExportCommand(AdminDesk admin, Exports exports, StoredFiles files, AuditLog audit) {
		this.admin = admin;
		this.exports = exports;
		this.files = files;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("export", "xuat");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return texts.get("help.export");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		Schedule schedule = admin.campaign().schedule();
		LocalDate today = admin.calendar().today();
		if (words.size() > 2) {
			return usage(in, state);
		}
		if (today.isBefore(schedule.startDate())) {
			return say(in, state, texts.get("export.not-started", admin.firstDay()));
		}
		DayRange.Read read = DayRange.read(words, schedule, today);
		if (read instanceof DayRange.Outside outside) {
			return admin.notACampaignDay(in, state, new CampaignDays.Outside(outside.day()), "export");
		}
		if (read instanceof DayRange.Future future) {
			return say(in, state, texts.get("export.future", admin.day(future.day()), admin.day(today)));
		}
		if (!(read instanceof DayRange.Range range)) {
			return usage(in, state);
		}
		LocalDate first = range.first();
		LocalDate last = range.last();
		ExportFile file = exports.range(first, last);
		Attachment attachment = files.store(file.content());
		audit.record(in.user(), command.name(), command.args(),
				texts.get("audit.export.range", admin.day(first), admin.day(last)),
				texts.get("audit.export.file", attachment.name()));
		String text = texts.get("export.done", admin.day(first), admin.day(last), attachment.name());
		return Turn.of(state, new Outbound(in.channel(), in.chatId(), text, List.of(), attachment));
	}

	private Turn usage(Inbound in, DialogState state) {
		return say(in, state, texts.get("usage.export", admin.exampleDay(),
				admin.campaign().schedule().endDate().format(AdminDesk.DAY_MONTH)));
	}

	private static Turn say(Inbound in, DialogState state, String text) {
		return Turn.of(state, Outbound.text(in.channel(), in.chatId(), text));
	}

}
