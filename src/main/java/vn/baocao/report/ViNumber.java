package vn.baocao.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese people type them into a chat: {@code 1.330m},
 * {@code 10.500 000đ}, {@code 90 triệu}, {@code 1,5}.
 *
 * <p>
 * Why the rules are what they are: vi-VN writes thousands with a dot (or a space) and
 * decimals with a comma, but many people also type an English decimal point
 * ({@code 1.5}). The only thing that tells the two apart is the number of digits after
 * the dot: exactly three is a thousands group, anything else is a decimal point. Where
 * both readings stay possible ({@code 1,330.5}, {@code 0.500}, {@code 1234.567}, a dot
 * used as a group and as a decimal point in one number) we return empty instead of
 * guessing, because a silently wrong figure in a report is worse than asking again. For
 * the same reason compound amounts such as {@code 2tr5} or {@code 1 triệu 2} are
 * rejected, not read.
 *
 * <p>
 * Input is lower-cased, NFC-normalised (phones often send decomposed diacritics) and any
 * run of whitespace counts as one space. A unit is either a length ({@code m},
 * {@code mét}, {@code km}) or an optional money multiplier
 * ({@code nghìn ngàn k triệu tr tỷ ty}) followed by an optional currency
 * ({@code đ đồng vnd}), never both.
 */
public final class ViNumber {

	private static final int MAX_LENGTH = 64;

	/**
	 * {@code 10.500 000}, {@code 1.330,5}: dot/space groups of exactly three digits; only
	 * a comma may follow.
	 */
	private static final String GROUPED = "[1-9]\\d{0,2}(?:[. ]\\d{3})+(?:,\\d+)?";

	/**
	 * {@code 1330}, {@code 1,5}, {@code 1.5}, {@code 1.3305}: a dot before exactly three
	 * digits is not a decimal point.
	 */
	private static final String PLAIN = "\\d+(?:,\\d+|\\.(?!\\d{3}(?!\\d))\\d+)?";

	private static final String LENGTH = "m|mét|km";

	private static final String MULTIPLIER = "nghìn|ngàn|k|triệu|tr|tỷ|tỉ|ty";

	private static final String CURRENCY = "đ|đồng|vnđ|vnd|₫";

	private static final Pattern NUMBER = Pattern
		.compile("(?<sign>[+-])?(?:(?<grouped>" + GROUPED + ")|(?<plain>" + PLAIN + "))" + "(?: ?(?<length>" + LENGTH
				+ ")| ?(?<multiplier>" + MULTIPLIER + ")?(?: ?(?:" + CURRENCY + "))?)");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Set<String> ZERO_WORDS = Set.of("không", "ko");

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private static final Map<String, BigDecimal> SCALES = Map.of("km", THOUSAND, "nghìn", THOUSAND, "ngàn", THOUSAND,
			"k", THOUSAND, "triệu", MILLION, "tr", MILLION, "tỷ", BILLION, "tỉ", BILLION, "ty", BILLION);

	private ViNumber() {
	}

	/**
	 * The number the user meant, in base units (metres, đồng), or empty if the input is
	 * not a number as above.
	 */
	public static Optional<BigDecimal> parse(String input) {
		// The limit applies to the raw input so absurd strings are never normalised or
		// matched.
		if (input == null || input.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(input.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
		text = WHITESPACE.matcher(text).replaceAll(" ").strip();
		if (ZERO_WORDS.contains(text)) {
			return Optional.of(BigDecimal.ZERO);
		}
		Matcher m = NUMBER.matcher(text);
		if (!m.matches()) {
			return Optional.empty();
		}
		String digits = m.group("grouped") != null
				? m.group("grouped").replace(".", "").replace(" ", "").replace(',', '.')
				: m.group("plain").replace(',', '.');
		String unit = m.group("length") != null ? m.group("length") : m.group("multiplier");
		BigDecimal value = new BigDecimal(digits)
			.multiply(unit == null ? BigDecimal.ONE : SCALES.getOrDefault(unit, BigDecimal.ONE));
		return Optional.of(normalise("-".equals(m.group("sign")) ? value.negate() : value));
	}

	/**
	 * vi-VN grouping: {@code 10.500.000}, {@code 1,5}, {@code -2.500}; no exponent, no
	 * trailing fraction zeros.
	 */
	public static String format(BigDecimal value) {
		BigDecimal v = normalise(Objects.requireNonNull(value, "value"));
		String plain = v.abs().toPlainString();
		int point = plain.indexOf('.');
		String integer = point < 0 ? plain : plain.substring(0, point);
		StringBuilder out = new StringBuilder(v.signum() < 0 ? "-" : "");
		for (int i = 0; i < integer.length(); i++) {
			if (i > 0 && (integer.length() - i) % 3 == 0) {
				out.append('.');
			}
			out.append(integer.charAt(i));
		}
		if (point >= 0) {
			out.append(',').append(plain, point + 1, plain.length());
		}
		return out.toString();
	}

	/**
	 * {@code 1.330 m}, {@code 10.500.000 đ}; a null or blank unit gives just the number.
	 */
	public static String format(BigDecimal value, String unit) {
		return unit == null || unit.isBlank() ? format(value) : format(value) + " " + unit.strip();
	}

	/**
	 * No trailing fraction zeros and never a negative scale, so {@code toPlainString()}
	 * is what a person would write.
	 */
	private static BigDecimal normalise(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
