package vn.baocao.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.baocao.messaging.Texts;

/**
 * The committee of section V: "N- Đồng chí Ngô Huỳnh Gấm - … Phụ trách ấp Cầu." Each
 * member who "phụ trách" a hamlet becomes its supervisor (by name: their chat accounts
 * are not in the plan); the others are listed for the officer to place.
 */
final class CommitteeReader {

	/** A person's name: capitalised syllables, two or more. */
	static final String NAME = "\\p{Lu}\\p{Ll}*(?:[ \\u00A0]+\\p{Lu}\\p{Ll}*){1,5}";

	static final Pattern MEMBER = Pattern
		.compile("(?U)^\\s*\\d{1,2}\\s*[-.)–/]\\s*(?:[Đđ]ồng\\s+chí|[Đđ]/c|Ông|Bà)\\s+(?<name>" + NAME + ")");

	private static final Pattern OVERSEES = Pattern.compile("phu\\s+trach(?:\\s+(?:xa|dia\\s+ban|cac))*\\s+");

	private static final Pattern UNKNOWN_HAMLET = Pattern.compile("(?iu:" + HamletNames.UNIT_WORDS + ")\\s+\\p{Lu}");

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|và|-|–)\\s*");

	private final Texts texts;

	CommitteeReader(Texts texts) {
		this.texts = texts;
	}

	void read(PlanReading reading) {
		PlanText plan = reading.plan;
		for (int n = 1; n <= plan.size(); n++) {
			String line = plan.line(n);
			Matcher member = MEMBER.matcher(line);
			if (!member.find()) {
				continue;
			}
			String name = Fold.spaces(member.group("name"));
			Quote who = Quote.of(plan, n, 0, member.end());
			boolean oversees = false;
			String folded = Fold.folded(line);
			Matcher phrase = OVERSEES.matcher(folded);
			while (phrase.find()) {
				oversees |= hamlets(reading, n, line, phrase, name, who);
			}
			if (!oversees) {
				reading.otherMembers.add(new Found<>(name, who));
			}
		}
	}

	private boolean hamlets(PlanReading reading, int n, String line, Matcher phrase, String name, Quote who) {
		int at = phrase.end();
		boolean found = false;
		while (true) {
			HamletNames.Reference ref = HamletNames.at(line, at, reading.hamlets);
			if (ref == null) {
				break;
			}
			Quote where = Quote.of(reading.plan, n, phrase.start(), ref.end());
			ref.hamlet().addSupervisor(new DraftHamlet.Supervisor(name, who, where));
			found = true;
			Matcher sep = SEPARATOR.matcher(Fold.lower(line));
			if (!sep.region(ref.end(), line.length()).lookingAt()) {
				break;
			}
			at = sep.end();
		}
		if (!found && namesAHamlet(line, phrase.end())) {
			int[] clause = Clauses.around(line, phrase.start(), phrase.start());
			reading.todo(Todo.COMMITTEE, texts.get("draft.todo.supervised-unknown", name),
					Quote.of(reading.plan, n, clause[0], clause[1]));
		}
		return found;
	}

	/**
	 * "phụ trách ấp Bến Cũ" with no such hamlet in the plan's list, not "phụ trách
	 * chung".
	 */
	private static boolean namesAHamlet(String line, int at) {
		return UNKNOWN_HAMLET.matcher(line).region(at, line.length()).lookingAt();
	}

}
