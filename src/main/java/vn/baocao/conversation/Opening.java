package vn.baocao.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.baocao.campaign.ReportTemplate;
import vn.baocao.campaign.Section;
import vn.baocao.campaign.Timeliness;
import vn.baocao.conversation.DialogState.Filling;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;

/**
 * Opening a report: which hamlet (a lead of several picks one), whether today is open for
 * reports, whether today's report exists already, and the draft's first question. An open
 * draft is resumed.
 */
final class Opening {

	private final Desk desk;

	private final Texts texts;

	private final Plan plan;

	private final Questions questions;

	Opening(Desk desk, Plan plan, Questions questions) {
		this.desk = desk;
		this.texts = desk.texts();
		this.plan = plan;
		this.questions = questions;
	}

	/**
	 * /baocao and /sua: resume an open draft, or open one for the lead's hamlet today.
	 */
	Turn start(Inbound in, DialogState state, Draft.Mode mode) {
		List<Outbound> notes = new ArrayList<>();
		if (state instanceof Filling filling) {
			Draft draft = filling.draft();
			if (isStillOpen(draft.day())) {
				return Turn.of(state,
						ReportDialog.reply(in, texts.get("draft.resume", desk.hamletName(draft.hamlet()))),
						questions.ask(in, draft));
			}
			notes.add(ReportDialog.reply(in, texts.get("draft.expired", draft.day().format(Desk.DAY))));
			state = state.toIdle();
		}
		List<String> hamlets = ledHamlets(in);
		if (hamlets.isEmpty()) {
			return Turn.of(state, ReportDialog.reply(in, texts.get(desk.unitsKey("lead.not-assigned")))).plus(notes);
		}
		LocalDate today = desk.calendar().today();
		Optional<Outbound> closed = closedToday(in, today);
		if (closed.isPresent()) {
			return new Turn(state, prepend(notes, closed.get()));
		}
		if (hamlets.size() > 1) {
			DialogState choosing = new DialogState.ChoosingHamlet(mode, hamlets, state.seq() + 1);
			return new Turn(choosing, append(notes, hamletQuestion(in, (DialogState.ChoosingHamlet) choosing)));
		}
		Turn turn = open(in, state, hamlets.get(0), today, mode);
		return new Turn(turn.state(), prepend(notes, turn.replies()));
	}

	Turn chooseHamlet(Inbound in, DialogState.ChoosingHamlet choosing) {
		Optional<String> code = Optional.empty();
		if (in.content() instanceof Inbound.Button button) {
			Optional<Payload> payload = Payload.parse(button.payload());
			if (payload.isEmpty() || payload.get().seq() != choosing.seq()) {
				return ReportDialog.stale(texts, in, choosing);
			}
			code = payload.get().arg("h");
		}
		else if (in.content() instanceof Inbound.Text text) {
			code = pickByNumberOrName(text.text(), choosing.hamlets());
		}
		if (code.isEmpty() || !choosing.hamlets().contains(code.get())) {
			return Turn.of(choosing,
					ReportDialog.reply(in,
							texts.get(
									desk.allHamlets(choosing.hamlets()) ? "hamlet.pick.invalid" : "unit.pick.invalid")),
					hamletQuestion(in, choosing));
		}
		return open(in, choosing, code.get(), desk.calendar().today(), choosing.mode());
	}

	private Optional<String> pickByNumberOrName(String text, List<String> hamlets) {
		String typed = text.strip();
		try {
			int n = Integer.parseInt(typed);
			return n >= 1 && n <= hamlets.size() ? Optional.of(hamlets.get(n - 1)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return hamlets.stream()
				.filter(code -> code.equalsIgnoreCase(typed) || desk.hamletName(code).equalsIgnoreCase(typed))
				.findFirst();
		}
	}

	private Outbound hamletQuestion(Inbound in, DialogState.ChoosingHamlet choosing) {
		List<Option> options = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		lines.add(texts.get(desk.allHamlets(choosing.hamlets()) ? "hamlet.pick" : "unit.pick"));
		for (int i = 0; i < choosing.hamlets().size(); i++) {
			String code = choosing.hamlets().get(i);
			lines.add((i + 1) + ". " + desk.hamletName(code));
			options.add(new Option(desk.hamletName(code), Payload.of(choosing.seq(), "h:" + code)));
		}
		return Outbound.withOptions(in.channel(), in.chatId(), String.join("\n", lines), options);
	}

	private Turn open(Inbound in, DialogState state, String hamlet, LocalDate day, Draft.Mode mode) {
		Optional<DailyReport> existing = desk.reports().find(hamlet, day);
		String name = desk.hamletName(hamlet);
		if (mode == Draft.Mode.NEW && existing.isPresent()) {
			Revision first = existing.get().first();
			return Turn.of(state.toIdle(), ReportDialog.reply(in, texts.get("report.already", name,
					day.format(Desk.DAY), time(first.submittedAt()), first.submittedByName())));
		}
		if (mode == Draft.Mode.EDIT && existing.isEmpty()) {
			return Turn.of(state.toIdle(),
					ReportDialog.reply(in, texts.get("edit.nothing", name, day.format(Desk.DAY))));
		}
		Map<String, Value> values = existing.map(r -> r.latest().values()).orElse(Map.of());
		Set<String> sections = new LinkedHashSet<>();
		Set<String> declined = new LinkedHashSet<>();
		if (mode == Draft.Mode.EDIT) {
			for (Section section : plan.template(hamlet).sections()) {
				boolean any = plan.template(hamlet)
					.fieldsOf(section.key())
					.stream()
					.anyMatch(f -> values.containsKey(f.key()));
				(any ? sections : declined).add(section.key());
			}
		}
		Draft draft = new Draft(hamlet, day, mode, values, sections, declined, Set.of(), new Step.Confirm(), List.of(),
				state.seq() + 1, false);
		draft = new Draft(hamlet, day, mode, values, sections, declined, Set.of(), plan.first(draft), List.of(),
				state.seq() + 1, false);
		String intro = texts.get(mode == Draft.Mode.EDIT ? "draft.intro.edit" : "draft.intro", name,
				day.format(Desk.DAY), time(desk.calendar().closes(day)));
		return Turn.of(new Filling(draft), ReportDialog.reply(in, intro), questions.ask(in, draft));
	}

	List<String> ledHamlets(Inbound in) {
		// a set: the campaign may have thousands of hamlets
		Set<String> led = Set.copyOf(desk.roster().hamletsLedBy(in.user().ref()));
		return desk.campaign().units().stream().map(h -> h.code()).filter(led::contains).toList();
	}

	private Optional<Outbound> closedToday(Inbound in, LocalDate today) {
		if (!desk.calendar().isCampaignDay(today)) {
			var schedule = desk.campaign().schedule();
			return Optional.of(ReportDialog.reply(in, texts.get("campaign.not-today", desk.campaign().name(),
					schedule.startDate().format(Desk.DAY), schedule.endDate().format(Desk.DAY))));
		}
		if (desk.calendar().timeliness(today, desk.calendar().now()) == Timeliness.CLOSED) {
			return Optional.of(ReportDialog.reply(in, texts.get("campaign.day-closed", today.format(Desk.DAY),
					desk.campaign().schedule().lateUntil().format(Desk.TIME))));
		}
		return Optional.empty();
	}

	private boolean isStillOpen(LocalDate day) {
		return desk.calendar().timeliness(day, desk.calendar().now()) != Timeliness.CLOSED;
	}

	private String time(Instant instant) {
		return desk.calendar().local(instant).format(Desk.TIME);
	}

	private static List<Outbound> prepend(List<Outbound> first, Outbound then) {
		return append(first, then);
	}

	private static List<Outbound> prepend(List<Outbound> first, List<Outbound> then) {
		List<Outbound> all = new ArrayList<>(first);
		all.addAll(then);
		return all;
	}

	private static List<Outbound> append(List<Outbound> list, Outbound item) {
		List<Outbound> all = new ArrayList<>(list);
		all.add(item);
		return all;
	}

}