package vn.baocao.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The commune's units that report beside the hamlets: in the sections that give the
 * forces and the duties ("III. LỰC LƯỢNG THAM GIA…", "IV- NHIỆM VỤ CỦA CÁC NGÀNH…"), each
 * line that opens with a unit's name and a colon ("- Hội Cựu chiến binh xã: …", "2. Công
 * an xã: …"). Its code is its name without diacritics, in initials when the name is long,
 * as the genre abbreviates (Ban Chỉ huy Quân sự → {@code bchqs}); its template the
 * shipped one its name points to ({@link OrganisationTemplates}).
 */
final class OrganisationReader {

	private static final Pattern HEADING = Pattern.compile("^\\s*[IVX]{1,4}\\s*[-.–]\\s*(?<title>\\S.*)$");

	private static final Pattern DUTIES = Pattern.compile("^(?:luc luong tham gia|nhiem vu)\\b.*");

	private static final Pattern ITEM = Pattern
		.compile("^\\s*(?:[-–+•]|\\d{1,2}\\s*[.)-])\\s*(?<name>[^:;.(]{2,80}?)\\s*:");

	private static final Pattern NOT_A_UNIT = Pattern.compile(
			"(?:^|.*\\s)(?:ap|thon|xom|buon|khu pho|to dan pho|khom)(?:\\s.*|$)|^(?:dong chi|d/c|ong|ba|luc luong)\\b.*");

	/** The post, not the unit: "Công chức Lao động - Thương binh và Xã hội". */
	private static final Pattern POST = Pattern.compile("^(?:công\\s+chức|cán\\s+bộ)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern LEADING = Pattern.compile("^cac ");

	private static final Pattern TRAILING = Pattern.compile("(?: tren dia ban| (?:xa|phuong|thi tran))+$");

	private static final Set<String> SMALL_WORDS = Set.of("va");

	/** "theo dõi và chỉ đạo các ngành": the member who oversees every unit. */
	private static final Pattern ALL_UNITS = Pattern
		.compile("(?:theo doi|chi dao|phu trach)(?: va (?:theo doi|chi dao))? cac (?:nganh|ban nganh|co quan)");

	void read(PlanReading reading) {
		PlanText plan = reading.plan;
		Set<String> taken = new HashSet<>();
		reading.hamlets.forEach(h -> taken.add(h.code()));
		boolean inDuties = false;
		for (int n = 1; n <= plan.size(); n++) {
			String line = plan.line(n);
			Matcher heading = HEADING.matcher(line);
			if (heading.matches() && isUpper(heading.group("title"))) {
				inDuties = DUTIES.matcher(Fold.folded(Fold.spaces(heading.group("title")))).matches();
				continue;
			}
			if (!inDuties || HamletNames.head(line) != null) {
				continue;
			}
			Matcher item = ITEM.matcher(line);
			if (!item.find()) {
				continue;
			}
			String written = Fold.spaces(item.group("name"));
			String name = POST.matcher(written).replaceFirst("");
			if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))
					|| NOT_A_UNIT.matcher(Fold.folded(name)).matches()) {
				continue;
			}
			name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
			Quote quote = Quote.of(plan, n, item.start("name"), item.end("name"));
			String code = code(name, taken);
			taken.add(code);
			reading.organisations.add(new DraftOrganisation(code, name, quote, OrganisationTemplates.of(name)));
		}
		if (!reading.organisations.isEmpty()) {
			reading.unitsSupervisor = overseer(plan);
			if (reading.unitsSupervisor != null) {
				String name = reading.unitsSupervisor.name();
				reading.otherMembers.removeIf(m -> m.value().equals(name));
			}
		}
	}

	/** The committee member whose line says they oversee "các ngành". */
	private static DraftHamlet.@Nullable Supervisor overseer(PlanText plan) {
		for (int n = 1; n <= plan.size(); n++) {
			String line = plan.line(n);
			Matcher member = CommitteeReader.MEMBER.matcher(line);
			if (!member.find()) {
				continue;
			}
			Matcher all = ALL_UNITS.matcher(Fold.folded(line));
			if (all.find()) {
				return new DraftHamlet.Supervisor(Fold.spaces(member.group("name")), Quote.of(plan, n, 0, member.end()),
						Quote.of(plan, n, all.start(), all.end()));
			}
		}
		return null;
	}

	private static boolean isUpper(String text) {
		String letters = text.replaceAll("[^\\p{L}]", "");
		return !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * {@code Ban Chỉ huy Quân sự xã} → {@code bchqs}, {@code Công an xã} →
	 * {@code cong-an}: without the commune's word, initials from four words up.
	 */
	static String code(String name, Set<String> taken) {
		String folded = Fold.folded(Fold.spaces(name)).replaceAll("[^a-z0-9]+", " ").strip();
		String bare = TRAILING.matcher(LEADING.matcher(folded).replaceFirst("")).replaceFirst("").strip();
		List<String> words = List.of((bare.isEmpty() ? folded : bare).split(" "))
			.stream()
			.filter(w -> !SMALL_WORDS.contains(w))
			.toList();
		String code = words.size() >= 4 ? words.stream().map(w -> w.substring(0, 1)).reduce("", String::concat)
				: String.join("-", words);
		if (code.isEmpty()) {
			code = "don-vi";
		}
		String unique = code;
		for (int n = 2; taken.contains(unique); n++) {
			unique = code + "-" + n;
		}
		return unique;
	}

	/** One unit as drafted. */
	record DraftOrganisation(String code, String name, Quote quote, OrganisationTemplates.@Nullable Choice template) {
	}

}
