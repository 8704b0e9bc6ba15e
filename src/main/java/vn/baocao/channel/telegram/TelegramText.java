package vn.baocao.channel.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * The core writes plain text; Telegram gets it in HTML parse mode, so every text is
 * escaped, and a text longer than one message is sent as several, cut between lines where
 * possible.
 */
final class TelegramText {

	/**
	 * Characters in one message, counted after entity parsing, i.e. on the plain text.
	 */
	static final int MESSAGE_LIMIT = 4096;

	private TelegramText() {
	}

	static String escapeHtml(String plain) {
		StringBuilder html = new StringBuilder(plain.length() + 16);
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				default -> html.append(c);
			}
		}
		return html.toString();
	}

	/**
	 * Cuts a plain text into parts of at most {@code limit} characters: between lines, or
	 * inside a line longer than the limit at its last space. Blank parts are dropped
	 * (Telegram refuses them).
	 */
	static List<String> split(String plain, int limit) {
		if (plain.length() <= limit) {
			return plain.isBlank() ? List.of() : List.of(plain);
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean started = false;
		for (String line : plain.split("\n", -1)) {
			for (String piece : cutLine(line, limit)) {
				int needed = started ? current.length() + 1 + piece.length() : piece.length();
				if (started && needed > limit) {
					add(parts, current);
					current.setLength(0);
					started = false;
				}
				if (started) {
					current.append('\n');
				}
				current.append(piece);
				started = true;
			}
		}
		add(parts, current);
		return parts;
	}

	private static void add(List<String> parts, CharSequence part) {
		String text = part.toString().strip();
		if (!text.isEmpty()) {
			parts.add(text);
		}
	}

	private static List<String> cutLine(String line, int limit) {
		List<String> pieces = new ArrayList<>();
		String rest = line;
		while (rest.length() > limit) {
			int cut = rest.lastIndexOf(' ', limit);
			if (cut <= 0) {
				cut = limit;
				// never separate the two halves of an emoji or other surrogate pair
				if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
					cut--;
				}
			}
			pieces.add(rest.substring(0, cut));
			rest = rest.substring(cut).stripLeading();
		}
		pieces.add(rest);
		return pieces;
	}

}
