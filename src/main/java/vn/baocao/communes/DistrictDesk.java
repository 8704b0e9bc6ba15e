package vn.baocao.communes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.District;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.messaging.Texts;

/**
 * The district's commands, for the district admins of {@code district.yml}, in their
 * private chat or the district committee's group: {@code /communes} {@code /xa} (each
 * commune today), {@code /summary} {@code /tonghop} (the district summary now, to the
 * district committee), {@code /export} {@code /xuat} (the district workbook). Anyone else
 * is refused politely; plain messages in the district's group are left alone.
 */
final class DistrictDesk {

	private static final List<String> COMMUNES = List.of("communes", "xa");

	private static final List<String> SUMMARY = List.of("summary", "tonghop");

	private static final List<String> EXPORT = List.of("export", "xuat");

	private final Optional<District> district;

	private final DistrictReports reports;

	private final DistrictSummaries summaries;

	private final StoredFiles files;

	private final Texts texts;

	DistrictDesk(Optional<District> district, DistrictReports reports, DistrictSummaries summaries, StoredFiles files,
			Texts texts) {
		this.district = district;
		this.reports = reports;
		this.summaries = summaries;
		this.files = files;
		this.texts = texts;
	}

	boolean isDistrictChat(Channel channel, String chatId) {
		return district.map(d -> d.isCommittee(channel, chatId)).orElse(false);
	}

	/**
	 * Whether a private update is the district's: a district admin's {@code /xa}, or
	 * anything from a district admin who belongs to no commune.
	 */
	boolean handles(Inbound in, boolean memberOfACommune) {
		if (!isAdmin(in)) {
			return false;
		}
		if (in.content() instanceof Inbound.Command command) {
			return COMMUNES.contains(command.name()) || !memberOfACommune;
		}
		return !memberOfACommune;
	}

	Turn handle(Inbound in, DialogState state) {
		if (!(in.content() instanceof Inbound.Command command)) {
			return in.isPrivate() ? say(in, state, texts.get("district.help")) : Turn.of(state);
		}
		if (!isAdmin(in)) {
			return say(in, state, texts.get("district.not-admin"));
		}
		if (COMMUNES.contains(command.name())) {
			return say(in, state, reports.communesToday());
		}
		if (SUMMARY.contains(command.name())) {
			return summary(in, state, command.args());
		}
		if (EXPORT.contains(command.name())) {
			return export(in, state, command.args());
		}
		return say(in, state, texts.get("district.help"));
	}

	private Turn summary(Inbound in, DialogState state, String args) {
		Optional<LocalDate> day = args.isBlank() ? Optional.of(reports.today()) : reports.day(args);
		if (day.isEmpty()) {
			return say(in, state, texts.get("district.bad-day", args.strip()));
		}
		int sent = summaries.postNow(day.get());
		return sent == 0 ? say(in, state, reports.summaryText(day.get()))
				: say(in, state, texts.get("district.summary-sent", reports.shown(day.get())));
	}

	private Turn export(Inbound in, DialogState state, String args) {
		List<String> words = args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
		if (words.size() > 2) {
			return say(in, state, texts.get("district.export-usage"));
		}
		Optional<LocalDate> first = words.isEmpty() ? Optional.of(reports.firstDay()) : reports.day(words.get(0));
		Optional<LocalDate> last = words.size() < 2
				? Optional.of(words.isEmpty() ? reports.today() : first.orElse(null)) : reports.day(words.get(1));
		if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
			return say(in, state, texts.get("district.export-usage"));
		}
		Attachment attachment = files.store(reports.workbook(first.get(), last.get()));
		return Turn
			.of(state,
					new Outbound(in.channel(), in.chatId(), texts.get("district.export-done",
							reports.shown(first.get()), reports.shown(last.get()), attachment.name()), List.of(),
							attachment));
	}

	private boolean isAdmin(Inbound in) {
		return district.map(d -> d.isAdmin(in.user().ref().channel(), in.user().ref().userId())).orElse(false);
	}

	private static Turn say(Inbound in, DialogState state, String text) {
		return Turn.of(state, Outbound.text(in.channel(), in.chatId(), text));
	}

}
