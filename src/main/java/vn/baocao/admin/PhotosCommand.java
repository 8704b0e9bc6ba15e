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
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.messaging.Texts;
import vn.baocao.photo.PhotoZip;

/**
 * {@code /photos [dd/MM] [dd/MM]}, {@code /xuatanh}: a .zip of the kept photos of a range
 * of campaign days ({@code <unit-code>/<yyyy-MM-dd>/<NN>.jpg}) for whoever makes the
 * video report. Days as for /export.
 */
@PerCampaign
@Component
@Order(87)
final class PhotosCommand implements CommandHandler {

	private final AdminDesk admin;

	private final PhotoZip zips;

	private final StoredFiles files;

	private final AuditLog audit;

	private final Texts texts = new Texts("messages/document");

	PhotosCommand(AdminDesk admin, PhotoZip zips, StoredFiles files, AuditLog audit) {
		this.admin = admin;
		this.zips = zips;
		this.files = files;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("photos", "xuatanh");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return texts.get("help.photos");
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
			return say(in, state, texts.get("photos.not-started", admin.firstDay()));
		}
		DayRange.Read read = DayRange.read(words, schedule, today);
		if (read instanceof DayRange.Outside outside) {
			return say(in, state,
					admin.text("day.outside", admin.day(outside.day()), admin.firstDay(), admin.lastDay()));
		}
		if (read instanceof DayRange.Future future) {
			return say(in, state, texts.get("photos.future", admin.day(future.day()), admin.day(today)));
		}
		if (!(read instanceof DayRange.Range range)) {
			return usage(in, state);
		}
		LocalDate first = range.first();
		LocalDate last = range.last();
		PhotoZip.Made made = zips.zip(first, last);
		if (made.kept() == 0) {
			return say(in, state, texts.get("photos.none", admin.day(first), admin.day(last), made.notKept()));
		}
		Attachment attachment = files.store(made.zip());
		audit.record(in.user(), command.name(), command.args(),
				texts.get("audit.photos.range", admin.day(first), admin.day(last)),
				texts.get("audit.file", attachment.name()));
		String text = texts.get("photos.done", admin.day(first), admin.day(last), made.kept(), attachment.name());
		if (made.notKept() > 0) {
			text = text + "\n" + texts.get("photos.not-kept", made.notKept());
		}
		return Turn.of(state, new Outbound(in.channel(), in.chatId(), text, List.of(), attachment));
	}

	private Turn usage(Inbound in, DialogState state) {
		return say(in, state, texts.get("usage.photos", admin.exampleDay(),
				admin.campaign().schedule().endDate().format(AdminDesk.DAY_MONTH)));
	}

	private static Turn say(Inbound in, DialogState state, String text) {
		return Turn.of(state, Outbound.text(in.channel(), in.chatId(), text));
	}

}
