package vn.baocao.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.baocao.report.Value;

/**
 * A report being filled in. Answers survive going back, changing a section choice or a
 * restart; only the answers of fields the plan still asks are submitted.
 *
 * @param sections chosen sections (menu) or sections whose gate was answered yes
 * @param declined sections whose gate was answered no (gates only)
 * @param skipped optional fields the lead skipped
 * @param trail the steps answered before this one, for /back
 * @param seq counts the questions shown, so a press on an older question's button is
 * recognised
 * @param reviewing whether the lead came from the confirmation to change one item
 */
public record Draft(String hamlet, LocalDate day, Mode mode, Map<String, Value> answers, Set<String> sections,
		Set<String> declined, Set<String> skipped, Step step, List<Step> trail, int seq, boolean reviewing) {

	public enum Mode {

		/** The day's first report. */
		NEW,
		/** An amendment: answers start from the latest revision. */
		EDIT

	}

	public Draft {
		answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		sections = Collections.unmodifiableSet(new LinkedHashSet<>(sections));
		declined = Collections.unmodifiableSet(new LinkedHashSet<>(declined));
		skipped = Collections.unmodifiableSet(new LinkedHashSet<>(skipped));
		trail = List.copyOf(trail);
	}

	Draft at(Step next, boolean remember) {
		List<Step> newTrail = new ArrayList<>(trail);
		if (remember) {
			newTrail.add(step);
		}
		return new Draft(hamlet, day, mode, answers, sections, declined, skipped, next, newTrail, seq + 1, reviewing);
	}

	Draft withAnswer(String key, Value value) {
		Map<String, Value> copy = new LinkedHashMap<>(answers);
		copy.put(key, value);
		Set<String> notSkipped = new LinkedHashSet<>(skipped);
		notSkipped.remove(key);
		return new Draft(hamlet, day, mode, copy, sections, declined, notSkipped, step, trail, seq, reviewing);
	}

	Draft withSkipped(String key) {
		Map<String, Value> copy = new LinkedHashMap<>(answers);
		copy.remove(key);
		Set<String> more = new LinkedHashSet<>(skipped);
		more.add(key);
		return new Draft(hamlet, day, mode, copy, sections, declined, more, step, trail, seq, reviewing);
	}

	Draft withSections(Set<String> chosen, Set<String> no) {
		return new Draft(hamlet, day, mode, answers, chosen, no, skipped, step, trail, seq, reviewing);
	}

	Draft reviewing(boolean value) {
		return new Draft(hamlet, day, mode, answers, sections, declined, skipped, step, trail, seq, value);
	}

	Draft back() {
		List<Step> newTrail = new ArrayList<>(trail);
		Step previous = newTrail.remove(newTrail.size() - 1);
		return new Draft(hamlet, day, mode, answers, sections, declined, skipped, previous, newTrail, seq + 1,
				reviewing);
	}

	/**
	 * Keeps the same question but invalidates the buttons of the message that showed it.
	 */
	Draft reshown() {
		return new Draft(hamlet, day, mode, answers, sections, declined, skipped, step, trail, seq + 1, reviewing);
	}

}
