package vn.baocao.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.FieldType;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.campaign.Section;
import vn.baocao.campaign.Timeliness;
import vn.baocao.conversation.DialogState.Filling;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.report.AnswerParser;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Parsed;
import vn.baocao.report.Problem;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;

/**
 * The report dialogue: every transition of a draft, from the first question to the stored
 * revision. A refused answer leaves the draft exactly as it was and asks the same
 * question again.
 */
final class ReportDialog {

	private final Desk desk;

	private final Texts texts;

	private final ReportTemplate template;

	private final Plan plan;

	private final Answers answers;

	private final Questions questions;

	private final SubmissionListener listener;

	ReportDialog(Desk desk, SubmissionListener listener) {
		this.desk = desk;
		this.texts = desk.texts();
		this.template = desk.campaign().report();
		this.plan = new Plan(template);
		this.answers = new Answers(texts);
		this.questions = new Questions(desk, plan, answers);
		this.listener = listener;
	}

	Answers answers() {
		return answers;
	}

	// ---- starting --------------------------------------------------------------------

	/**
	 * /baocao and /sua: resume an open draft, or open one for the lead's hamlet today.
	 */
	Turn start(Inbound in, DialogState state, Draft.Mode mode) {
		List<Outbound> notes = new ArrayList<>();
		if (state instanceof Filling filling) {
			Draft draft = filling.draft();
			if (isStillOpen(draft.day())) {
				return Turn.of(state, reply(in, texts.get("draft.resume", desk.hamletName(draft.hamlet()))),
						questions.ask(in, draft));
			}
			notes.add(reply(in, texts.get("draft.expired", draft.day().format(Desk.DAY))));
			state = state.toIdle();
		}
		List<String> hamlets = ledHamlets(in);
		if (hamlets.isEmpty()) {
			return Turn.of(state, reply(in, texts.get("lead.not-assigned"))).plus(notes);
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
				return stale(in, choosing);
			}
			code = payload.get().arg("h");
		}
		else if (in.content() instanceof Inbound.Text text) {
			code = pickByNumberOrName(text.text(), choosing.hamlets());
		}
		if (code.isEmpty() || !choosing.hamlets().contains(code.get())) {
			return Turn.of(choosing, reply(in, texts.get("hamlet.pick.invalid")), hamletQuestion(in, choosing));
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
		lines.add(texts.get("hamlet.pick"));
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
			return Turn.of(state.toIdle(), reply(in, texts.get("report.already", name, day.format(Desk.DAY),
					time(first.submittedAt()), first.submittedByName())));
		}
		if (mode == Draft.Mode.EDIT && existing.isEmpty()) {
			return Turn.of(state.toIdle(), reply(in, texts.get("edit.nothing", name, day.format(Desk.DAY))));
		}
		Map<String, Value> values = existing.map(r -> r.latest().values()).orElse(Map.of());
		Set<String> sections = new LinkedHashSet<>();
		Set<String> declined = new LinkedHashSet<>();
		if (mode == Draft.Mode.EDIT) {
			for (Section section : template.sections()) {
				boolean any = template.fieldsOf(section.key()).stream().anyMatch(f -> values.containsKey(f.key()));
				(any ? sections : declined).add(section.key());
			}
		}
		Draft draft = new Draft(hamlet, day, mode, values, sections, declined, Set.of(), new Step.Confirm(), List.of(),
				state.seq() + 1, false);
		draft = new Draft(hamlet, day, mode, values, sections, declined, Set.of(), plan.first(draft), List.of(),
				state.seq() + 1, false);
		String intro = texts.get(mode == Draft.Mode.EDIT ? "draft.intro.edit" : "draft.intro", name,
				day.format(Desk.DAY), time(desk.calendar().closes(day)));
		return Turn.of(new Filling(draft), reply(in, intro), questions.ask(in, draft));
	}

	// ---- answering -------------------------------------------------------------------

	/** A text, button or photo while a draft is open. */
	Turn answer(Inbound in, Filling state) {
		Draft draft = state.draft();
		Optional<Payload> payload = Optional.empty();
		if (in.content() instanceof Inbound.Button button) {
			payload = Payload.parse(button.payload());
			if (payload.isEmpty() || payload.get().seq() != draft.seq()) {
				return stale(in, state);
			}
		}
		Step step = draft.step();
		if (step instanceof Step.Field field) {
			return answerField(in, draft, template.field(field.key()).orElseThrow(), payload);
		}
		if (step instanceof Step.Gate gate) {
			return answerGate(in, draft, gate.section(), payload);
		}
		if (step instanceof Step.Menu) {
			return answerMenu(in, draft, payload);
		}
		if (step instanceof Step.Confirm) {
			return answerConfirm(in, draft, payload);
		}
		return answerPickItem(in, draft, payload);
	}

	private Turn answerField(Inbound in, Draft draft, FieldDef field, Optional<Payload> payload) {
		String action = payload.map(Payload::action).orElse("");
		String typed = in.content() instanceof Inbound.Text text ? text.text().strip() : null;
		if (field.type() == FieldType.PHOTOS) {
			return answerPhotos(in, draft, field, action, typed);
		}
		if (in.content() instanceof Inbound.Photo) {
			return refuse(in, draft, Problem.of("answer.not-photo"));
		}
		if (action.equals("keep") || "=".equals(typed)) {
			if (!draft.answers().containsKey(field.key())) {
				return refuse(in, draft, Problem.of("answer.keep.none"));
			}
			return advance(in, draft);
		}
		if (action.equals("skip")) {
			return skip(in, new Filling(draft));
		}
		Parsed parsed;
		if (action.equals("yes") || action.equals("no")) {
			parsed = new Parsed.Ok(new Value.YesNo(action.equals("yes")));
		}
		else if (payload.flatMap(p -> p.arg("o")).isPresent()) {
			parsed = AnswerParser.parse(field, payload.get().arg("o").get());
		}
		else if (typed != null) {
			parsed = AnswerParser.parse(field, typed);
		}
		else {
			return stale(in, new Filling(draft));
		}
		if (parsed instanceof Parsed.Refused refused) {
			return refuse(in, draft, refused.problem());
		}
		return advance(in, draft.withAnswer(field.key(), ((Parsed.Ok) parsed).value()));
	}

	private Turn answerPhotos(Inbound in, Draft draft, FieldDef field, String action, String typed) {
		List<String> refs = new ArrayList<>();
		if (draft.answers().get(field.key()) instanceof Value.Photos photos) {
			refs.addAll(photos.refs());
		}
		if (in.content() instanceof Inbound.Photo photo) {
			refs.add(photo.fileRef());
			Draft updated = draft.withAnswer(field.key(), new Value.Photos(refs));
			return Turn.of(new Filling(updated),
					Outbound.withOptions(in.channel(), in.chatId(), texts.get("answer.photos.received", refs.size()),
							List.of(new Option(texts.get("option.done"), Payload.of(draft.seq(), "done")))));
		}
		boolean done = action.equals("done") || action.equals("keep")
				|| (typed != null && (typed.equalsIgnoreCase("xong") || typed.equals("=")));
		if (action.equals("skip")) {
			return skip(in, new Filling(draft));
		}
		if (!done) {
			return refuse(in, draft, Problem.of("answer.photos"));
		}
		if (refs.isEmpty()) {
			return field.required() ? refuse(in, draft, Problem.of("answer.photos.required"))
					: advance(in, draft.withSkipped(field.key()));
		}
		return advance(in, draft);
	}

	private Turn answerGate(Inbound in, Draft draft, String section, Optional<Payload> payload) {
		boolean answeredBefore = draft.sections().contains(section) || draft.declined().contains(section);
		boolean keep = payload.filter(p -> p.action().equals("keep")).isPresent()
				|| (in.content() instanceof Inbound.Text t && t.text().strip().equals("="));
		if (keep && answeredBefore) {
			return advance(in, draft);
		}
		Optional<Boolean> yes = payload
			.map(p -> p.action().equals("yes") ? Boolean.TRUE : p.action().equals("no") ? Boolean.FALSE : null);
		if (yes.isEmpty() && in.content() instanceof Inbound.Text text) {
			yes = AnswerParser.yesNo(text.text());
		}
		if (yes.isEmpty()) {
			return refuse(in, draft, Problem.of("answer.yesno"));
		}
		Set<String> chosen = new LinkedHashSet<>(draft.sections());
		Set<String> declined = new LinkedHashSet<>(draft.declined());
		if (yes.get()) {
			chosen.add(section);
			declined.remove(section);
		}
		else {
			chosen.remove(section);
			declined.add(section);
		}
		return advance(in, draft.withSections(chosen, declined));
	}

	private Turn answerMenu(Inbound in, Draft draft, Optional<Payload> payload) {
		List<Section> sections = template.sections();
		if (payload.isPresent()) {
			String action = payload.get().action();
			Optional<String> toggled = payload.get().arg("t");
			if (toggled.isPresent() && template.section(toggled.get()).isPresent()) {
				Set<String> chosen = new LinkedHashSet<>(draft.sections());
				if (!chosen.remove(toggled.get())) {
					chosen.add(toggled.get());
				}
				Draft updated = draft.withSections(chosen, Set.of()).reshown();
				return Turn.of(new Filling(updated), questions.ask(in, updated));
			}
			if (action.equals("done") || action.equals("keep")) {
				return advance(in, draft);
			}
			if (action.equals("none")) {
				return advance(in, draft.withSections(Set.of(), Set.of()));
			}
			return stale(in, new Filling(draft));
		}
		if (!(in.content() instanceof Inbound.Text text)) {
			return refuse(in, draft, Problem.of("answer.menu", sections.size()));
		}
		String typed = text.text().strip();
		if (typed.equals("=") || typed.equalsIgnoreCase("xong")) {
			return advance(in, draft);
		}
		if (AnswerParser.yesNo(typed).filter(b -> !b).isPresent() || typed.equals("0")) {
			return advance(in, draft.withSections(Set.of(), Set.of()));
		}
		Optional<Set<String>> picked = MenuChoice.parse(typed, sections);
		if (picked.isEmpty()) {
			return refuse(in, draft, Problem.of("answer.menu", sections.size()));
		}
		return advance(in, draft.withSections(picked.get(), Set.of()));
	}

	private Turn answerConfirm(Inbound in, Draft draft, Optional<Payload> payload) {
		String action = payload.map(Payload::action).orElse("");
		if (in.content() instanceof Inbound.Text text) {
			String typed = text.text().strip().toLowerCase(java.util.Locale.ROOT);
			if (typed.equals("gửi") || typed.equals("gui") || AnswerParser.yesNo(typed).orElse(false)) {
				action = "send";
			}
			else if (typed.equals("sửa") || typed.equals("sua")) {
				action = "fix";
			}
		}
		if (action.equals("send")) {
			return submit(in, draft);
		}
		if (action.equals("fix")) {
			Draft picking = draft.at(new Step.PickItem(), true);
			return Turn.of(new Filling(picking), questions.ask(in, picking));
		}
		return refuse(in, draft, Problem.of("answer.confirm"));
	}

	private Turn answerPickItem(Inbound in, Draft draft, Optional<Payload> payload) {
		List<Step> items = plan.steps(draft).stream().filter(s -> !(s instanceof Step.Confirm)).toList();
		Step target = null;
		if (payload.isPresent()) {
			String action = payload.get().action();
			Optional<String> key = payload.get().arg("i");
			Optional<String> gate = payload.get().arg("g");
			if (key.isPresent()) {
				target = new Step.Field(key.get());
			}
			else if (gate.isPresent()) {
				target = new Step.Gate(gate.get());
			}
			else if (action.equals("menu")) {
				target = new Step.Menu();
			}
		}
		else if (in.content() instanceof Inbound.Text text) {
			try {
				int n = Integer.parseInt(text.text().strip());
				target = n >= 1 && n <= items.size() ? items.get(n - 1) : null;
			}
			catch (NumberFormatException ex) {
				target = null;
			}
		}
		if (target == null || !items.contains(target)) {
			return refuse(in, draft, Problem.of("answer.pick", items.size()));
		}
		Draft editing = draft.reviewing(true).at(target, true);
		return Turn.of(new Filling(editing), questions.ask(in, editing));
	}

	// ---- moving ----------------------------------------------------------------------

	private Turn advance(Inbound in, Draft draft) {
		Step next = plan.after(draft, draft.step());
		Draft moved = draft.at(next, true);
		if (next instanceof Step.Confirm) {
			moved = moved.reviewing(false);
		}
		return Turn.of(new Filling(moved), questions.ask(in, moved));
	}

	Turn back(Inbound in, DialogState state) {
		if (!(state instanceof Filling filling)) {
			return Turn.of(state, reply(in, texts.get("command.no-draft")));
		}
		Draft draft = filling.draft();
		if (draft.trail().isEmpty()) {
			return Turn.of(state, reply(in, texts.get("back.first")), questions.ask(in, draft));
		}
		Draft previous = draft.back();
		return Turn.of(new Filling(previous), questions.ask(in, previous));
	}

	Turn skip(Inbound in, DialogState state) {
		if (!(state instanceof Filling filling)) {
			return Turn.of(state, reply(in, texts.get("command.no-draft")));
		}
		Draft draft = filling.draft();
		if (!(draft.step() instanceof Step.Field field)) {
			return refuse(in, draft, Problem.of("skip.not-a-field"));
		}
		FieldDef def = template.field(field.key()).orElseThrow();
		if (def.required()) {
			return refuse(in, draft, Problem.of("skip.required"));
		}
		return advance(in, draft.withSkipped(def.key()));
	}

	Turn cancel(Inbound in, DialogState state) {
		if (state instanceof DialogState.Idle) {
			return Turn.of(state, reply(in, texts.get("cancel.nothing")));
		}
		return Turn.of(state.toIdle(), reply(in, texts.get("cancel.done")));
	}

	/**
	 * Re-shows the current question, e.g. after a free text arrives for a stale button.
	 */
	Turn repeat(Inbound in, Filling state) {
		return Turn.of(state, questions.ask(in, state.draft()));
	}

	// ---- submitting ------------------------------------------------------------------

	private Turn submit(Inbound in, Draft draft) {
		List<FieldDef> missing = plan.missingRequired(draft);
		if (!missing.isEmpty()) {
			Draft back = draft.at(new Step.Field(missing.get(0).key()), true).reviewing(true);
			return Turn.of(new Filling(back), reply(in, texts.get("submit.missing", missing.get(0).label())),
					questions.ask(in, back));
		}
		Instant now = desk.calendar().now();
		Timeliness timeliness = desk.calendar().timeliness(draft.day(), now);
		if (timeliness == Timeliness.CLOSED) {
			return Turn.of(new Filling(draft), reply(in, texts.get("submit.closed", draft.day().format(Desk.DAY))));
		}
		Map<String, Value> values = new LinkedHashMap<>(plan.submittedAnswers(draft));
		Optional<DailyReport> existing = desk.reports().find(draft.hamlet(), draft.day());
		int number = existing.map(r -> r.latest().number() + 1).orElse(1);
		Revision revision = new Revision(number, values, in.user().ref(), in.user().shownName(), now, timeliness);
		DailyReport stored = desk.reports().addRevision(draft.hamlet(), draft.day(), revision);
		String name = desk.hamletName(draft.hamlet());
		String key = number == 1 ? (timeliness == Timeliness.LATE ? "submit.late" : "submit.ok") : "submit.revision";
		List<Outbound> replies = new ArrayList<>();
		replies.add(reply(in, texts.get(key, name, draft.day().format(Desk.DAY), time(now), number)));
		if (draft.mode() == Draft.Mode.NEW && existing.isPresent()) {
			replies.add(reply(in, texts.get("submit.concurrent", existing.get().first().submittedByName())));
		}
		replies.addAll(listener.submitted(stored, revision));
		return new Turn(new DialogState.Idle(draft.seq() + 1), replies);
	}

	// ---- helpers ---------------------------------------------------------------------

	private Turn refuse(Inbound in, Draft draft, Problem problem) {
		return Turn.of(new Filling(draft), reply(in, texts.get(problem.textKey(), problem.args().toArray())),
				questions.ask(in, draft));
	}

	Turn stale(Inbound in, DialogState state) {
		return Turn.of(state, reply(in, texts.get("button.stale")));
	}

	List<String> ledHamlets(Inbound in) {
		List<String> led = desk.roster().hamletsLedBy(in.user().ref());
		return desk.campaign().hamlets().stream().map(h -> h.code()).filter(led::contains).toList();
	}

	private Optional<Outbound> closedToday(Inbound in, LocalDate today) {
		if (!desk.calendar().isCampaignDay(today)) {
			var schedule = desk.campaign().schedule();
			return Optional.of(reply(in, texts.get("campaign.not-today", desk.campaign().name(),
					schedule.startDate().format(Desk.DAY), schedule.endDate().format(Desk.DAY))));
		}
		if (desk.calendar().timeliness(today, desk.calendar().now()) == Timeliness.CLOSED) {
			return Optional.of(reply(in, texts.get("campaign.day-closed", today.format(Desk.DAY),
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

	static Outbound reply(Inbound in, String text) {
		return Outbound.text(in.channel(), in.chatId(), text);
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
