package vn.baocao.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.report.Value;

/**
 * The questions a draft asks, in order, given its section choices so far. Recomputed
 * after every answer, so choosing or dropping a section changes only what comes after.
 */
final class Plan {

	private final Function<String, ReportTemplate> templates;

	/** {@code templates}: the template a unit (by code) answers. */
	Plan(Function<String, ReportTemplate> templates) {
		this.templates = templates;
	}

	/** The template of the draft's unit. */
	ReportTemplate template(Draft draft) {
		return templates.apply(draft.hamlet());
	}

	/** The template of the unit with this code. */
	ReportTemplate template(String unitCode) {
		return templates.apply(unitCode);
	}

	List<Step> steps(Draft draft) {
		ReportTemplate template = template(draft);
		List<Step> steps = new ArrayList<>();
		Set<String> gated = new HashSet<>();
		boolean menuShown = false;
		for (FieldDef field : template.fields()) {
			String section = field.section();
			if (section == null) {
				steps.add(new Step.Field(field.key()));
				continue;
			}
			if (template.sectionMenu() && !menuShown) {
				steps.add(new Step.Menu());
				menuShown = true;
			}
			if (!template.sectionMenu() && gated.add(section)) {
				steps.add(new Step.Gate(section));
			}
			if (draft.sections().contains(section)) {
				steps.add(new Step.Field(field.key()));
			}
		}
		steps.add(new Step.Confirm());
		return steps;
	}

	Step first(Draft draft) {
		return steps(draft).get(0);
	}

	/**
	 * The step after {@code current}; when reviewing, the next one still unanswered, else
	 * the confirmation.
	 */
	Step after(Draft draft, Step current) {
		List<Step> steps = steps(draft);
		int index = steps.indexOf(current);
		for (int i = index + 1; i < steps.size(); i++) {
			Step candidate = steps.get(i);
			if (!draft.reviewing() || isUnanswered(draft, candidate)) {
				return candidate;
			}
		}
		return new Step.Confirm();
	}

	private static boolean isUnanswered(Draft draft, Step step) {
		if (step instanceof Step.Field field) {
			return !draft.answers().containsKey(field.key()) && !draft.skipped().contains(field.key());
		}
		if (step instanceof Step.Gate gate) {
			return !draft.sections().contains(gate.section()) && !draft.declined().contains(gate.section());
		}
		return step instanceof Step.Confirm;
	}

	/**
	 * The answers that will be submitted: those of fields the plan still asks, in
	 * template order.
	 */
	Map<String, Value> submittedAnswers(Draft draft) {
		Map<String, Value> result = new java.util.LinkedHashMap<>();
		for (Step step : steps(draft)) {
			if (step instanceof Step.Field field && draft.answers().containsKey(field.key())) {
				result.put(field.key(), draft.answers().get(field.key()));
			}
		}
		return result;
	}

	/**
	 * Required fields without an answer (a draft cannot be sent while this is not empty).
	 */
	List<FieldDef> missingRequired(Draft draft) {
		ReportTemplate template = template(draft);
		List<FieldDef> missing = new ArrayList<>();
		for (Step step : steps(draft)) {
			if (step instanceof Step.Field f) {
				FieldDef field = template.field(f.key()).orElseThrow();
				if (field.required() && !draft.answers().containsKey(field.key())) {
					missing.add(field);
				}
			}
		}
		return missing;
	}

}
