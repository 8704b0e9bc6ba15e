package vn.baocao.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.baocao.messaging.Texts;

/**
 * The plan's heading and signature: its title (the line after "KẾ HOẠCH"), where and when
 * it was issued ("Tân Phong, ngày 04 tháng 12 năm 2024"), the signer, and the ratio it
 * asks for ("01 người\\s+dân với 03 chiến\\s+sĩ LLVT").
 */
final class HeaderReader {

	private static final Pattern TITLE = Pattern.compile("^\\s*kế\\s+hoạch\\s*[:.]?\\s*(?<rest>.*)$");

	private static final Pattern PLACE = Pattern.compile(
			"(?U)(?<place>\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,4}),\\s*ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}");

	private static final Pattern SIGNER_TITLE = Pattern.compile("TRƯỞNG BAN|CHỦ TỊCH|BÍ THƯ|T/M|KT\\.");

	private static final Pattern ONLY_NAME = Pattern.compile("(?U)^\\s*(" + CommitteeReader.NAME + ")\\s*$");

	private static final Pattern RATIO = Pattern
		.compile("(\\d{1,3})\\s+người dân\\s+(?:với|:|/|-)\\s+(\\d{1,3})\\s+(?:cán\\s+bộ,?\\s+)?chiến sĩ");

	private final Texts texts;

	HeaderReader(Texts texts) {
		this.texts = texts;
	}

	void read(PlanReading reading) {
		title(reading);
		PlanText plan = reading.plan;
		boolean signing = false;
		for (int n = 1; n <= plan.size(); n++) {
			String line = plan.line(n);
			Matcher place = PLACE.matcher(line);
			if (reading.place == null && place.find()) {
				reading.place = new Found<>(Fold.spaces(place.group("place")),
						Quote.of(plan, n, place.start(), place.end()));
			}
			Matcher ratio = RATIO.matcher(Fold.lower(line));
			if (reading.ratio == null && ratio.find()) {
				reading.ratio = new PlanReading.Ratio(Integer.parseInt(ratio.group(1)),
						Integer.parseInt(ratio.group(2)), Quote.of(plan, n, ratio.start(), ratio.end()));
			}
			if (SIGNER_TITLE.matcher(line).find() && line.equals(line.toUpperCase(Locale.ROOT))) {
				signing = true;
			}
			Matcher name = ONLY_NAME.matcher(line);
			if (signing && name.find()) {
				reading.signer = new Found<>(Fold.spaces(name.group(1)), Quote.wholeLine(plan, n));
				signing = false;
			}
		}
	}

	private void title(PlanReading reading) {
		PlanText plan = reading.plan;
		for (int n = 1; n <= plan.size(); n++) {
			Matcher m = TITLE.matcher(Fold.lower(plan.line(n)));
			if (!m.matches()) {
				continue;
			}
			if (!m.group("rest").isBlank()) {
				reading.name = new Found<>(Fold.spaces(plan.line(n).substring(m.start("rest"))),
						Quote.of(plan, n, m.start("rest"), plan.line(n).length()));
				return;
			}
			for (int next = n + 1; next <= plan.size(); next++) {
				if (!plan.line(next).isBlank()) {
					reading.name = new Found<>(Fold.spaces(plan.line(next)), Quote.wholeLine(plan, next));
					return;
				}
			}
		}
		reading.todo(Todo.CAMPAIGN, texts.get("draft.todo.no-name"), null);
	}

	/**
	 * {@code Phối hợp … công tác dân vận đợt II năm 2024} → {@code danvan-2024-dot2}: the
	 * work's name, the year and the round; any other title gives its first words.
	 */
	static String id(String name) {
		String lower = Fold.lower(name);
		Matcher m = Pattern.compile("(\\p{L}+(?: \\p{L}+)?) đợt ([ivx]+|\\d+)(?: năm (\\d{4}))?").matcher(lower);
		if (m.find()) {
			String work = Fold.slug(m.group(1)).replace("-", "");
			String year = m.group(3) == null ? "" : "-" + m.group(3);
			return work + year + "-dot" + arabic(m.group(2));
		}
		String slug = Fold.slug(name);
		if (slug.length() <= 40) {
			return slug.isEmpty() ? "dot-cong-tac" : slug;
		}
		int cut = slug.lastIndexOf('-', 40);
		return slug.substring(0, cut > 0 ? cut : 40);
	}

	private static int arabic(String round) {
		if (Character.isDigit(round.charAt(0))) {
			return Integer.parseInt(round);
		}
		int total = 0;
		int previous = 0;
		for (int i = round.length() - 1; i >= 0; i--) {
			int value = switch (round.charAt(i)) {
				case 'i' -> 1;
				case 'v' -> 5;
				default -> 10;
			};
			total += value < previous ? -value : value;
			previous = Math.max(previous, value);
		}
		return total;
	}

}
