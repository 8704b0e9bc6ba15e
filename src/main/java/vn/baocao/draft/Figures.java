package vn.baocao.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.baocao.report.ViNumber;

/**
 * Finds the figures of a line. The number itself is read by {@link ViNumber}, the same
 * rules as for numbers typed into a report, so {@code 10.500 000đ} and {@code 1,5 km}
 * mean here what they mean there; a number without one of the units below is not a figure
 * ({@code tổ 17}, {@code Quốc lộ 22B}, dates).
 */
final class Figures {

	private static final String NUMBER = "(?<number>\\d{1,3}(?:[. ]\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)";

	private static final String UNIT = "(?<length>km|m|mét|met)"
			+ "|(?<money>(?:triệu|tr|tỷ|tỉ|nghìn|ngàn)(?: ?(?:đồng|đ|vnđ|vnd))?" + "|đồng|đ|vnđ|vnd)" + "|(?<house>căn)"
			+ "|(?<gift>phần|suất)" + "|(?<session>cuộc|buổi|trận)" + "|(?<visit>lượt)";

	private static final Pattern FIGURE = Pattern
		.compile("(?<![\\p{L}\\d.,])" + NUMBER + " ?(?:" + UNIT + ")(?![\\p{L}\\d])");

	private static final Pattern EACH = Pattern.compile("mỗi(?:\\s+\\p{L}+)?\\s*$");

	private static final Pattern SHARED = Pattern
		.compile("(\\d+)\\s*(?:ấp|thôn|xóm|bản|khu\\s+phố|tổ\\s+dân\\s+phố)\\s*/\\s*$");

	private Figures() {
	}

	static List<Figure> in(String line) {
		String lower = Fold.lower(line);
		List<Figure> figures = new ArrayList<>();
		Matcher m = FIGURE.matcher(lower);
		while (m.find()) {
			Unit unit = unit(m);
			Optional<BigDecimal> value = value(m, unit);
			if (value.isEmpty()) {
				continue;
			}
			String before = lower.substring(Math.max(0, m.start() - 16), m.start());
			Matcher shared = SHARED.matcher(before);
			int hamlets = shared.find() ? Integer.parseInt(shared.group(1)) : 0;
			figures.add(new Figure(m.start(), m.end(), unit, value.get(), EACH.matcher(before).find(), hamlets));
		}
		return figures;
	}

	private static Unit unit(Matcher m) {
		if (m.group("length") != null) {
			return Unit.LENGTH;
		}
		if (m.group("money") != null) {
			return Unit.MONEY;
		}
		if (m.group("house") != null) {
			return Unit.HOUSE;
		}
		if (m.group("gift") != null) {
			return Unit.GIFT;
		}
		return m.group("session") != null ? Unit.SESSION : Unit.VISIT;
	}

	private static Optional<BigDecimal> value(Matcher m, Unit unit) {
		String number = m.group("number");
		return switch (unit) {
			case LENGTH -> ViNumber.parse(number + (m.group("length").equals("km") ? "km" : "m"));
			case MONEY -> ViNumber.parse(number + " " + m.group("money"));
			default -> ViNumber.parse(number).filter(v -> v.stripTrailingZeros().scale() <= 0);
		};
	}

}
