package vn.baocao.text;

import java.util.ArrayList;
import java.util.List;

import vn.baocao.campaign.Channel;

/**
 * The one splitter every channel uses: cuts a long text into messages of at most the
 * channel's limit, preferring a paragraph break, then a line break, then a space, and
 * cutting inside a word only when a word is longer than a message (never between the two
 * halves of an emoji or between a letter and its combining accent).
 * <p>
 * A break is taken when it leaves the message at least half full; otherwise the next
 * smaller break is tried, so a short paragraph at the top does not cost a message of its
 * own. The separators at a cut are dropped, indentation after a line break is kept, blank
 * messages are never produced.
 * <p>
 * {@link #splitHtml} does the same for Telegram's HTML parse mode: the limit counts the
 * text as Telegram does after entity parsing (an entity such as {@code &amp;} is one
 * character, a tag none), and no cut falls inside an entity or a tag.
 */
public final class MessageSplitter {

	/** Telegram: 4096 characters after entity parsing; the local channel mirrors it. */
	public static final int TELEGRAM_LIMIT = 4096;

	/** Zalo Bot API sendMessage: 1 to 2000 characters. */
	public static final int ZALO_LIMIT = 2000;

	private static final String[] BREAKS = { "\n\n", "\n", " " };

	private MessageSplitter() {
	}

	public static int limit(Channel channel) {
		return channel == Channel.ZALO ? ZALO_LIMIT : TELEGRAM_LIMIT;
	}

	/** Cuts a plain text; the limit counts UTF-16 characters, as both Bot APIs do. */
	public static List<String> split(String text, int limit) {
		return split(text, limit, false);
	}

	/** Cuts a text in Telegram's HTML parse mode (already escaped). */
	public static List<String> splitHtml(String html, int limit) {
		return split(html, limit, true);
	}

	private static List<String> split(String text, int limit, boolean html) {
		if (limit < 2) {
			throw new IllegalArgumentException("limit must be at least 2, was " + limit);
		}
		List<String> parts = new ArrayList<>();
		int pos = skip(text, 0, "\n\r");
		while (pos < text.length()) {
			int end = html ? visibleEnd(text, pos, limit) : Math.min(text.length(), pos + limit);
			if (end >= text.length()) {
				add(parts, text.substring(pos));
				break;
			}
			Cut cut = cut(text, pos, end, limit, html);
			add(parts, text.substring(pos, cut.at()));
			pos = skip(text, cut.at(), cut.drops());
		}
		return parts;
	}

	private record Cut(int at, String drops) {
	}

	/**
	 * Where the message that starts at {@code pos} ends; {@code end} is the first index
	 * that no longer fits.
	 */
	private static Cut cut(String text, int pos, int end, int limit, boolean html) {
		for (int pass = 0; pass < 2; pass++) {
			int least = pass == 0 ? pos + limit / 2 : pos + 1;
			for (String separator : BREAKS) {
				int at = text.lastIndexOf(separator, end);
				while (at >= least && html && insideMarkup(text, pos, at)) {
					at = text.lastIndexOf(separator, at - 1);
				}
				if (at >= least && at > pos) {
					return new Cut(at, separator.equals(" ") ? " " : "\n\r");
				}
			}
		}
		return new Cut(hardCut(text, pos, end, html), "");
	}

	/**
	 * Inside a word: not between a surrogate pair, not before a combining mark, not in
	 * markup.
	 */
	private static int hardCut(String text, int pos, int end, boolean html) {
		int at = end;
		if (html) {
			int start = markupStart(text, pos, at);
			if (start > pos) {
				at = start;
			}
		}
		while (at > pos + 1
				&& (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))
						|| Character.getType(text.charAt(at)) == Character.NON_SPACING_MARK)) {
			at--;
		}
		return at;
	}

	private static boolean insideMarkup(String text, int pos, int at) {
		return markupStart(text, pos, at) >= 0;
	}

	/**
	 * The start of the tag or entity that index {@code at} falls inside of (so that a cut
	 * at {@code at} would tear it), or -1.
	 */
	private static int markupStart(String text, int pos, int at) {
		for (int i = at - 1; i >= pos; i--) {
			char c = text.charAt(i);
			if (c == '>' || c == ';') {
				return -1;
			}
			if (c == '<') {
				return text.indexOf('>', i) >= at ? i : -1;
			}
			if (c == '&') {
				int semicolon = text.indexOf(';', i);
				return semicolon >= at && semicolon - i <= 10 ? i : -1;
			}
		}
		return -1;
	}

	/**
	 * The index after the last raw character that still fits in {@code limit} visible
	 * characters: an entity counts one, a tag none.
	 */
	private static int visibleEnd(String text, int pos, int limit) {
		int visible = 0;
		int i = pos;
		while (i < text.length()) {
			char c = text.charAt(i);
			int next = i + 1;
			int weight = 1;
			if (c == '<') {
				int close = text.indexOf('>', i);
				if (close > 0) {
					next = close + 1;
					weight = 0;
				}
			}
			else if (c == '&') {
				int semicolon = text.indexOf(';', i);
				if (semicolon > 0 && semicolon - i <= 10) {
					next = semicolon + 1;
				}
			}
			if (visible + weight > limit) {
				return i;
			}
			visible += weight;
			i = next;
		}
		return text.length();
	}

	private static int skip(String text, int from, String chars) {
		int i = from;
		while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	private static void add(List<String> parts, String part) {
		String message = part.stripTrailing();
		if (!message.isBlank()) {
			parts.add(message);
		}
	}

}
