package vn.baocao.draft;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How plans name hamlets: "- Ấp Cầu:" heads a hamlet's line (Word's "Ấp ấp Sân Bay" slip
 * included), and elsewhere "ấp Cầu", "Trại Bí" refer to one. Codes are the names without
 * diacritics: {@code Ấp Trại Bí} → {@code trai-bi}.
 */
final class HamletNames {

	static final String UNIT_WORDS = "tổ\\s+dân\\s+phố|khu\\s+phố|ấp|thôn|xóm|bản|buôn|làng|khóm";

	private static final Pattern HEAD = Pattern.compile("^\\s*(?:(?:[-–—•*+]|\\d{1,2}\\s*[.)-])\\s*)?(?<unit>"
			+ UNIT_WORDS + ")\\s+(?:\\k<unit>\\s+)?(?<name>[^:;]{1,40}?)\\s*:");

	private static final Pattern LEADING_UNIT = Pattern.compile("^(" + UNIT_WORDS + ")\\s+(?:\\1\\s+)?");

	private static final Pattern FOLDED_UNIT = Pattern
		.compile("(?:to\\s+dan\\s+pho|khu\\s+pho|ap|thon|xom|ban|buon|lang|khom)\\s+");

	private HamletNames() {
	}

	/** A hamlet's head: its name as the draft writes it and where the head ends. */
	record Head(String name, int end) {
	}

	static @Nullable Head head(String line) {
		Matcher m = HEAD.matcher(Fold.lower(line));
		if (!m.find()) {
			return null;
		}
		String name = Fold.spaces(line.substring(m.start("name"), m.end("name")));
		if (name.isEmpty() || !(Character.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0)))) {
			return null;
		}
		String unit = line.substring(m.start("unit"), m.end("unit"));
		String display = Character.toUpperCase(unit.charAt(0)) + unit.substring(1).toLowerCase() + " "
				+ Fold.spaces(name);
		return new Head(display, m.end());
	}

	/** The folded name without its unit word: {@code Ấp Bàu Đưng} → {@code bau dung}. */
	static String key(String name) {
		String lower = Fold.spaces(Fold.lower(name));
		String bare = LEADING_UNIT.matcher(lower).replaceFirst("");
		return Fold.folded(bare.isEmpty() ? lower : bare);
	}

	static String code(String name, Collection<String> taken) {
		String lower = Fold.lower(name).strip();
		String bare = LEADING_UNIT.matcher(lower).replaceFirst("");
		String code = Fold.slug(bare);
		if (code.isEmpty() || Character.isDigit(code.charAt(0))) {
			code = Fold.slug(lower);
		}
		if (code.isEmpty()) {
			code = "ap";
		}
		String unique = code;
		for (int n = 2; taken.contains(unique); n++) {
			unique = code + "-" + n;
		}
		return unique;
	}

	/**
	 * A hamlet named at {@code from} (after an optional "ấp "), and where its name ends.
	 */
	record Reference(DraftHamlet hamlet, int end) {
	}

	static @Nullable Reference at(String line, int from, Collection<DraftHamlet> hamlets) {
		String folded = Fold.folded(line);
		int at = from;
		while (at < folded.length() && folded.charAt(at) == ' ') {
			at++;
		}
		Reference direct = longestAt(folded, at, hamlets);
		Matcher unit = FOLDED_UNIT.matcher(folded);
		if (unit.region(at, folded.length()).lookingAt()) {
			Reference afterUnit = longestAt(folded, unit.end(), hamlets);
			if (afterUnit != null && (direct == null || afterUnit.end() > direct.end())) {
				return afterUnit;
			}
		}
		return direct;
	}

	private static @Nullable Reference longestAt(String folded, int at, Collection<DraftHamlet> hamlets) {
		return hamlets.stream()
			.sorted(Comparator.comparingInt((DraftHamlet h) -> h.key().length()).reversed())
			.filter(h -> matchesAt(folded, at, h.key()))
			.findFirst()
			.map(h -> new Reference(h, endOf(folded, at, h.key())))
			.orElse(null);
	}

	private static int endOf(String folded, int at, String key) {
		Matcher m = Fold.words(key).matcher(folded).region(at, folded.length());
		return m.lookingAt() ? m.end() : at + key.length();
	}

	private static boolean matchesAt(String folded, int at, String key) {
		return Fold.words(key).matcher(folded).region(at, folded.length()).lookingAt();
	}

}
