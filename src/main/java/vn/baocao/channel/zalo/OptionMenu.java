package vn.baocao.channel.zalo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;

/**
 * The options of a message as Zalo shows them: Zalo has no buttons, so the options become
 * numbered lines under the text, and a typed answer is read back into the option's
 * payload.
 *
 * <p>
 * Three kinds of questions, three rules, so that a typed number always means what the
 * user sees:
 * <ul>
 * <li>The core already numbered the first {@code listedInText} options in its own text (a
 * choice field, the section menu, the list of items to fix, the hamlets). Those numbers
 * stay the core's: a typed "2" or "1 3" passes as text and the core reads it as it always
 * does. The remaining options are numbered on from there, so "Xong" under ten sections is
 * 11.</li>
 * <li>The question takes a free typed answer ({@link Outbound#freeAnswer()}: a count, an
 * amount, a text) and offers only helpers such as "Bỏ qua": numbers are never translated
 * there, since "1" means one; the helpers are shown as words to type instead.</li>
 * <li>Otherwise (yes/no, confirm, photos) the options are numbered from 1 and a typed
 * number picks one.</li>
 * </ul>
 * In every case the exact label of an option ("có", "Gửi báo cáo", with or without
 * diacritics) picks that option; anything else, including several numbers, passes through
 * unchanged.
 */
record OptionMenu(List<Option> options, int listedInText, boolean freeAnswer) {

	static final OptionMenu NONE = new OptionMenu(List.of(), 0, false);

	private static final Pattern SINGLE_NUMBER = Pattern.compile("(\\d{1,3})\\.?");

	OptionMenu {
		options = List.copyOf(options);
	}

	static OptionMenu of(Outbound message) {
		if (message.options().isEmpty()) {
			return NONE;
		}
		return new OptionMenu(message.options(), listedIn(message.text(), message.options()), message.freeAnswer());
	}

	boolean isEmpty() {
		return options.isEmpty();
	}

	/** The text with the options the core did not list itself appended. */
	String render(String text, Texts texts) {
		if (listedInText >= options.size()) {
			return text;
		}
		List<Option> rest = options.subList(listedInText, options.size());
		List<String> lines = new ArrayList<>();
		lines.add(text);
		if (freeAnswer) {
			lines.add(
					texts.get("zalo.options.words", String.join(" / ", rest.stream().map(OptionMenu::label).toList())));
			return String.join("\n", lines);
		}
		lines.add("");
		for (int i = listedInText; i < options.size(); i++) {
			lines.add(texts.get("zalo.options.line", i + 1, label(options.get(i))));
		}
		if (listedInText == 0) {
			lines.add(texts.get("zalo.options.hint"));
		}
		return String.join("\n", lines);
	}

	/** The payload a typed answer stands for, if it stands for one. */
	Optional<String> payloadFor(String typed) {
		String answer = typed.strip();
		Matcher number = SINGLE_NUMBER.matcher(answer);
		if (number.matches()) {
			int n = Integer.parseInt(number.group(1));
			if (!freeAnswer && n > listedInText && n <= options.size()) {
				return Optional.of(options.get(n - 1).payload());
			}
			return Optional.empty();
		}
		String wanted = fold(answer);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (Option option : options) {
			if (fold(option.label()).equals(wanted)) {
				return Optional.of(option.payload());
			}
		}
		return Optional.empty();
	}

	/**
	 * How many options, from the first, the text already lists as "1. label", "2.
	 * label"…: the core numbers choices, sections, items and hamlets itself and reads
	 * those numbers itself.
	 */
	static int listedIn(String text, List<Option> options) {
		String[] lines = text.split("\n");
		int listed = 0;
		for (int i = 0; i < options.size(); i++) {
			String prefix = (i + 1) + ". ";
			String label = core(options.get(i).label()).toLowerCase(Locale.ROOT);
			boolean found = false;
			for (String line : lines) {
				String stripped = line.strip();
				if (stripped.startsWith(prefix) && !label.isEmpty()
						&& stripped.substring(prefix.length()).toLowerCase(Locale.ROOT).contains(label)) {
					found = true;
					break;
				}
			}
			if (!found) {
				break;
			}
			listed = i + 1;
		}
		return listed;
	}

	private static String label(Option option) {
		return core(option.label());
	}

	/** A label without the marks around it ("✅ Gửi báo cáo" → "Gửi báo cáo"). */
	private static String core(String label) {
		String text = Normalizer.normalize(label, Normalizer.Form.NFC);
		int start = 0;
		int end = text.length();
		while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end);
	}

	/**
	 * Case, diacritics and surrounding marks folded away: "Có", "có" and "co" are the
	 * same answer.
	 */
	private static String fold(String text) {
		String decomposed = Normalizer.normalize(core(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replaceAll("\\s+", " ");
	}

}
