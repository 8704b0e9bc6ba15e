package vn.baocao.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.FieldType;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.campaign.Section;
import vn.baocao.conversation.DialogState.Filling;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.report.AnswerParser;
import vn.baocao.report.Parsed;
import vn.baocao.report.Problem;
import vn.baocao.report.Value;

/**
 * The report dialogue: every transition of a draft, from the first question to the stored
 * revision. A refused answer leaves the draft exactly as it was and asks the same
 * question again.
 */
final class ReportDialog {

	private final Desk desk;

	private final Texts texts;

	private final Plan plan;

	private final Answers answers;

	private final Questions questions;

	private final Opening opening;

	private final Submission submission;

	ReportDialog(Desk desk, SubmissionListener listener) {
		this.desk = desk;
		this.texts = desk.texts();
		this.plan = new Plan(desk.campaign()::templateOf);
		this.answers = new Answers(texts);
		this.questions = new Questions(desk, plan, answers);
		this.opening = new Opening(desk, plan, questions);
		this.submission = new Submission(desk, plan, questions, listener);
	}

	/**
	 * /baocao and /sua: resume an open draft, or open one for the lead's hamlet today.
	 */
	Turn start(Inbound in, DialogState state, Draft.Mode mode) {
		return opening.start(in, state, mode);
	}

	Turn chooseHamlet(Inbound in, DialogState.ChoosingHamlet choosing) {
		return opening.chooseHamlet(in, choosing);
	}

	List<String> ledHamlets(Inbound in) {
		return opening.ledHamlets(in);
	}

	Answers answers() {
		return answers;
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
			return answerField(in, draft, plan.template(draft).field(field.key()).orElseThrow(), payload);
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
		List<Section> sections = plan.template(draft).sections();
		if (payload.isPresent()) {
			String action = payload.get().action();
			Optional<String> toggled = payload.get().arg("t");
			if (toggled.isPresent() && plan.template(draft).section(toggled.get()).isPresent()) {
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
			return submission.submit(in, draft);
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
		FieldDef def = plan.template(draft).field(field.key()).orElseThrow();
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

	// ---- helpers ---------------------------------------------------------------------

	private Turn refuse(Inbound in, Draft draft, Problem problem) {
		return Turn.of(new Filling(draft), reply(in, texts.get(problem.textKey(), problem.args().toArray())),
				questions.ask(in, draft));
	}

	Turn stale(Inbound in, DialogState state) {
		return stale(texts, in, state);
	}

	static Turn stale(Texts texts, Inbound in, DialogState state) {
		return Turn.of(state, reply(in, texts.get("button.stale")));
	}

	static Outbound reply(Inbound in, String text) {
		return Outbound.text(in.channel(), in.chatId(), text);
	}

}
