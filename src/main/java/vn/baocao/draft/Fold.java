package vn.baocao.draft;

import java.text.Normalizer;

/**
 * Two views of a line of the plan with the same length as the line itself, so that a
 * match found in either view is also a position in the original text (and the quote cut
 * from there is verbatim): {@link #lower} only lower-cases and turns every kind of space
 * (Word's non-breaking ones included) into a plain space; {@link #folded} also drops the
 * diacritics, so {@code dọn vệ sịnh} reads as {@code dọn vệ sinh} does.
 */
final class Fold {

	private Fold() {
	}

	static String lower(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(c));
		}
		return out.toString();
	}

	static String folded(String text) {
		String lower = lower(text);
		StringBuilder out = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			out.append(base(lower.charAt(i)));
		}
		return out.toString();
	}

	/**
	 * The base letter of every character up to the Latin Extended Additional block (ạ →
	 * a).
	 */
	private static final char[] BASE = bases(0x2000);

	private static char[] bases(int size) {
		char[] bases = new char[size];
		for (char c = 0; c < size; c++) {
			bases[c] = Character.isSurrogate(c) || c < 0x80 ? c
					: Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
		}
		bases['đ'] = 'd';
		return bases;
	}

	private static char base(char c) {
		return c < BASE.length ? BASE[c] : c;
	}

	/**
	 * A pattern for the words of {@code phrase} as whole words, with any run of spaces
	 * between them (plans often have two spaces where one is meant).
	 */
	static java.util.regex.Pattern words(String phrase) {
		return WORDS.computeIfAbsent(phrase, Fold::compileWords);
	}

	private static final java.util.Map<String, java.util.regex.Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

	private static java.util.regex.Pattern compileWords(String phrase) {
		StringBuilder regex = new StringBuilder("(?<![\\p{L}\\d])");
		String[] words = phrase.strip().split(" +");
		for (int i = 0; i < words.length; i++) {
			regex.append(i == 0 ? "" : "\\s+").append(java.util.regex.Pattern.quote(words[i]));
		}
		return java.util.regex.Pattern.compile(regex.append("(?![\\p{L}\\d])").toString());
	}

	/**
	 * Any run of spaces (Word's non-breaking ones too) as one plain space, and no space
	 * around.
	 */
	static String spaces(String text) {
		return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
	}

	/**
	 * {@code Ấp Trại Bí} → {@code trai-bi}: the letters without diacritics, words joined
	 * by '-'.
	 */
	static String slug(String text) {
		String folded = folded(text).replaceAll("[^a-z0-9]+", "-");
		return folded.replaceAll("^-+|-+$", "");
	}

}
