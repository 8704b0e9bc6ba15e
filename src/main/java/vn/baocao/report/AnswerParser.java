package vn.baocao.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.baocao.campaign.FieldDef;

/**
 * Turns what a lead typed into a field value, checking type and bounds. Refusals carry a
 * text key so the dialogue can explain, with an example, and ask again.
 */
public final class AnswerParser {

	private static final Set<String> YES = Set.of("có", "co", "c", "yes", "y", "đúng", "dung", "ok", "rồi", "roi");

	private static final Set<String> NO = Set.of("không", "khong", "ko", "k", "no", "n", "chưa", "chua");

	private AnswerParser() {
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
