package vn.baocao.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.baocao.campaign.FieldDef;

/**
 * Turns what a lead typed into a field value, checking type and bounds. Refusals carry a
 * text key so the dialogue can explain, with an example, and ask again.
 */
public final class AnswerParser {

	private static final Set<String> YES = Set.of("có", "co", "c", "yes", "y", "đúng", "dung", "ok", "rồi", "roi");

	private static final Set<String> NO = Set.of("không", "khong", "ko", "k", "no", "n", "chưa", "chua");

	/**
	 * What people answer for "none" ("không có", "chưa có ạ", "ko"): read as 0 for a
	 * number field. Compared lower-case, without a closing "ạ"/"nhé" and punctuation.
	 */
	private static final Set<String> NOTHING = Set.of("không", "khong", "ko", "k", "không có", "khong co", "ko có",
			"ko co", "k có", "chưa", "chua", "chưa có", "chua co", "không có gì", "khong co gi", "chưa có gì",
			"chua co gi", "không có ai", "chưa có ai", "không ai", "không người nào", "chưa làm", "không làm",
			"chưa làm được", "không phát sinh", "chưa phát sinh", "không có số liệu", "none", "nothing");

	private static final Pattern POLITE_END = Pattern.compile("(?:[\\s,]+(?:ạ|a|nhé|nhe|nha|luôn))+$");

	/** Units people add after a count: "0 người", "12 phần", "3 buổi". */
	private static final Set<String> COUNT_WORDS = Set.of("người", "nguoi", "phần", "phan", "suất", "buổi", "buoi",
			"lượt", "luot", "cái", "căn", "nhà", "hộ", "ho", "con", "cây", "chiếc", "bộ", "điểm", "lần", "tuyến", "đợt",
			"gói", "túi", "thùng", "em", "cháu", "ca", "đoàn", "đội", "chuyến", "công", "ngày công");

	private AnswerParser() {
	}

	/**
	 * The typed answer with what people add around a number taken off: a closing "ạ", the
	 * field's own unit or a counting word after the number ("0 người" → "0"); a "nothing"
	 * answer becomes "0".
	 */
	static String plainNumber(FieldDef field, String text) {
		String lower = text.toLowerCase(Locale.ROOT).replaceAll("[.!?…]+$", "").strip();
		lower = POLITE_END.matcher(lower).replaceAll("").strip();
		if (NOTHING.contains(lower)) {
			return "0";
		}
		String unit = field.unit() == null ? null : field.unit().toLowerCase(Locale.ROOT).strip();
		int space = lower.lastIndexOf(' ');
		if (space > 0) {
			String tail = lower.substring(space + 1);
			String head = lower.substring(0, space).strip();
			if ((tail.equals(unit) || COUNT_WORDS.contains(tail)) && !head.isEmpty()
					&& Character.isDigit(head.charAt(head.length() - 1))) {
				return head;
			}
		}
		return lower.equals(text.toLowerCase(Locale.ROOT)) ? text : lower;
	}

	public static Parsed parse(FieldDef field, String input) {
		String text = Normalizer.normalize(input, Normalizer.Form.NFC).strip();
		return switch (field.type()) {
			case COUNT, QUANTITY, MONEY -> number(field, text);
			case TEXT -> text(field, text);
			case YESNO -> yesNo(text).<Parsed>map(b -> new Parsed.Ok(new Value.YesNo(b)))
				.orElse(new Parsed.Refused(Problem.of("answer.yesno")));
			case CHOICE -> choice(field, text);
			case PHOTOS -> new Parsed.Refused(Problem.of("answer.photos"));
		};
	}

	public static Optional<Boolean> yesNo(String input) {
		String text = Normalizer.normalize(input, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
		if (YES.contains(text)) {
			return Optional.of(true);
		}
		return NO.contains(text) ? Optional.of(false) : Optional.empty();
	}

	private static Parsed number(FieldDef field, String text) {
		Optional<BigDecimal> parsed = ViNumber.parse(text);
		if (parsed.isEmpty()) {
			parsed = ViNumber.parse(plainNumber(field, text));
		}
		if (parsed.isEmpty()) {
			return new Parsed.Refused(Problem.of("answer.number." + field.type().key()));
		}
		BigDecimal value = parsed.get();
		if (value.signum() < 0) {
			return new Parsed.Refused(Problem.of("answer.negative"));
		}
		if (field.type() != vn.baocao.campaign.FieldType.QUANTITY && value.stripTrailingZeros().scale() > 0) {
			return new Parsed.Refused(Problem.of("answer.whole"));
		}
		if (field.min() != null && value.compareTo(field.min()) < 0) {
			return new Parsed.Refused(Problem.of("answer.min", ViNumber.format(field.min(), field.unit())));
		}
		if (field.max() != null && value.compareTo(field.max()) > 0) {
			return new Parsed.Refused(Problem.of("answer.max", ViNumber.format(field.max(), field.unit())));
		}
		return new Parsed.Ok(new Value.Number(value));
	}

	private static Parsed text(FieldDef field, String text) {
		if (text.isEmpty()) {
			return new Parsed.Refused(Problem.of("answer.text.empty"));
		}
		int length = text.codePointCount(0, text.length());
		if (length > field.textLimit()) {
			return new Parsed.Refused(
					Problem.of("answer.text.long", ViNumber.format(BigDecimal.valueOf(field.textLimit())),
							ViNumber.format(BigDecimal.valueOf(length))));
		}
		if (field.min() != null && length < field.min().intValue()) {
			return new Parsed.Refused(Problem.of("answer.text.short", field.min().intValue()));
		}
		return new Parsed.Ok(new Value.Text(text));
	}

	private static Parsed choice(FieldDef field, String text) {
		List<String> options = field.options();
		Optional<BigDecimal> number = ViNumber.parse(text);
		if (number.isPresent()) {
			int index = number.get().intValue();
			if (number.get().stripTrailingZeros().scale() <= 0 && index >= 1 && index <= options.size()) {
				return new Parsed.Ok(new Value.Choice(options.get(index - 1)));
			}
		}
		for (String option : options) {
			if (option.equalsIgnoreCase(text)) {
				return new Parsed.Ok(new Value.Choice(option));
			}
		}
		return new Parsed.Refused(Problem.of("answer.choice", options.size()));
	}

}
