package vn.baocao.conversation;

import java.util.ArrayList;
import java.util.List;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.FieldType;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.campaign.Section;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.report.Value;

/** Shows the current step of a draft as a message with its answer options. */
final class Questions {

	private final Desk desk;

	private final Texts texts;

	private final Plan plan;

	private final Answers answers;

	Questions(Desk desk, Plan plan, Answers answers) {
		this.desk = desk;
		this.texts = desk.texts();
		this.plan = plan;
		this.answers = answers;
	}

	Outbound ask(Inbound in, Draft draft) {
		Step step = draft.step();
		Rendered rendered;
		if (step instanceof Step.Field field) {
			rendered = field(draft, plan.template(draft).field(field.key()).orElseThrow());
		}
		else if (step instanceof Step.Gate gate) {
			rendered = gate(draft, plan.template(draft).section(gate.section()).orElseThrow());
		}
		else if (step instanceof Step.Menu) {
			rendered = menu(draft);
		}
		else if (step instanceof Step.Confirm) {
			rendered = confirm(draft);
		}
		else {
			rendered = pickItem(draft);
		}
		Outbound question = Outbound.withOptions(in.channel(), in.chatId(), rendered.text(), rendered.options());
		return rendered.freeAnswer() ? question.withFreeAnswer() : question;
	}

	private record Rendered(String text, List<Option> options, boolean freeAnswer) {

		Rendered(String text, List<Option> options) {
			this(text, options, false);
		}

	}

	private Rendered field(Draft draft, FieldDef field) {
		List<String> parts = new ArrayList<>();
		parts.add(texts.get("question.field", position(draft), field.label()));
		if (field.unit() != null && field.type().isNumeric()) {
			parts.add(texts.get("question.unit", field.unit()));
		}
		parts.add(texts.get("example." + field.type().key()));
		List<Option> options = new ArrayList<>();
		if (field.type() == FieldType.YESNO) {
			options.add(new Option(texts.get("word.yes"), Payload.of(draft.seq(), "yes")));
			options.add(new Option(texts.get("word.no"), Payload.of(draft.seq(), "no")));
		}
		if (field.type() == FieldType.CHOICE) {
			for (int i = 0; i < field.options().size(); i++) {
				parts.add((i + 1) + ". " + field.options().get(i));
				options.add(new Option(field.options().get(i), Payload.of(draft.seq(), "o:" + (i + 1))));
			}
		}
		if (field.type() == FieldType.PHOTOS) {
			options.add(new Option(texts.get("option.done"), Payload.of(draft.seq(), "done")));
		}
		Value current = draft.answers().get(field.key());
		if (current != null && field.type() != FieldType.PHOTOS) {
			parts.add(texts.get("question.current", answers.format(field, current)));
			options.add(new Option(texts.get("option.keep"), Payload.of(draft.seq(), "keep")));
		}
		if (!field.required()) {
			parts.add(texts.get("question.optional"));
			options.add(new Option(texts.get("option.skip"), Payload.of(draft.seq(), "skip")));
		}
		boolean typed = field.type().isNumeric() || field.type() == FieldType.TEXT;
		return new Rendered(String.join("\n", parts), options, typed);
	}

	private Rendered gate(Draft draft, Section section) {
		List<String> parts = new ArrayList<>();
		parts.add(texts.get("question.gate", position(draft), section.ask()));
		List<Option> options = new ArrayList<>();
		options.add(new Option(texts.get("word.yes"), Payload.of(draft.seq(), "yes")));
		options.add(new Option(texts.get("word.no"), Payload.of(draft.seq(), "no")));
		boolean chosen = draft.sections().contains(section.key());
		if (chosen || draft.declined().contains(section.key())) {
			parts.add(texts.get("question.current", texts.get(chosen ? "word.yes" : "word.no")));
			options.add(new Option(texts.get("option.keep"), Payload.of(draft.seq(), "keep")));
		}
		return new Rendered(String.join("\n", parts), options);
	}

	private Rendered menu(Draft draft) {
		List<String> lines = new ArrayList<>();
		boolean hamlet = desk.campaign().unit(draft.hamlet()).map(u -> u.isHamlet()).orElse(true);
		lines.add(texts.get(hamlet ? "question.menu" : "question.menu.unit", position(draft)));
		List<Option> options = new ArrayList<>();
		List<Section> sections = plan.template(draft).sections();
		for (int i = 0; i < sections.size(); i++) {
			Section section = sections.get(i);
			boolean chosen = draft.sections().contains(section.key());
			String mark = chosen ? texts.get("menu.chosen") : "";
			lines.add(texts.get("menu.line", i + 1, section.label(), mark));
			options.add(new Option(mark.isEmpty() ? section.label() : mark.strip() + " " + section.label(),
					Payload.of(draft.seq(), "t:" + section.key())));
		}
		lines.add(texts.get("menu.hint"));
		options.add(new Option(texts.get("option.done"), Payload.of(draft.seq(), "done")));
		options.add(new Option(texts.get("option.nothing"), Payload.of(draft.seq(), "none")));
		return new Rendered(String.join("\n", lines), options);
	}

	private Rendered confirm(Draft draft) {
		String text = texts.get(draft.mode() == Draft.Mode.EDIT ? "confirm.edit" : "confirm.new",
				desk.hamletName(draft.hamlet()), draft.day().format(Desk.DAY),
				answers.lines(plan.template(draft), plan.submittedAnswers(draft)));
		return new Rendered(text, List.of(new Option(texts.get("option.send"), Payload.of(draft.seq(), "send")),
				new Option(texts.get("option.fix"), Payload.of(draft.seq(), "fix"))));
	}

	private Rendered pickItem(Draft draft) {
		List<Option> options = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		lines.add(texts.get("question.pick"));
		int n = 1;
		for (Step step : plan.steps(draft)) {
			String label = null;
			String action = null;
			if (step instanceof Step.Field field) {
				label = plan.template(draft).field(field.key()).orElseThrow().label();
				action = "i:" + field.key();
			}
			else if (step instanceof Step.Menu) {
				label = texts.get("menu.item");
				action = "menu";
			}
			else if (step instanceof Step.Gate gate) {
				label = plan.template(draft).section(gate.section()).orElseThrow().label();
				action = "g:" + gate.section();
			}
			if (label != null) {
				lines.add(n++ + ". " + label);
				options.add(new Option(label, Payload.of(draft.seq(), action)));
			}
		}
		return new Rendered(String.join("\n", lines), options);
	}

	/** "Câu 3/9": where the question stands among the questions this draft asks. */
	private String position(Draft draft) {
		List<Step> steps = plan.steps(draft);
		int total = (int) steps.stream().filter(s -> !(s instanceof Step.Confirm)).count();
		int index = steps.indexOf(draft.step()) + 1;
		return index + "/" + total;
	}

}
