package vn.baocao.summary;

import java.util.ArrayList;
import java.util.List;

import vn.baocao.campaign.Channel;

/**
 * Cuts a long text into messages a channel accepts, on line boundaries so that no line of
 * a summary is torn in two; only a single line longer than the limit is cut, at a space
 * if it can.
 */
public final class MessageSplitter {

	/**
	 * Telegram: 4096 characters after entity parsing; Zalo: 2000; the local channel
	 * mirrors Telegram.
	 */
	public static int limit(Channel channel) {
		return channel == Channel.ZALO ? 2000 : 4096;
	}

	private MessageSplitter() {
	}

	public static List<String> split(String text, int limit) {
		if (limit < 2) {
			throw new IllegalArgumentException("limit must be at least 2, was " + limit);
		}
		List<String> messages = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			for (String piece : pieces(line, limit)) {
				int needed = current.length() == 0 ? piece.length() : current.length() + 1 + piece.length();
				if (needed > limit) {
					flush(current, messages);
				}
				if (current.length() > 0) {
					current.append('\n');
				}
				current.append(piece);
			}
		}
		flush(current, messages);
		return messages;
	}

	private static List<String> pieces(String line, int limit) {
		List<String> pieces = new ArrayList<>();
		String rest = line;
		while (rest.length() > limit) {
			int cut = rest.lastIndexOf(' ', limit);
			if (cut <= 0) {
				cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
			}
			pieces.add(rest.substring(0, cut));
			rest = rest.charAt(cut) == ' ' ? rest.substring(cut + 1) : rest.substring(cut);
		}
		pieces.add(rest);
		return pieces;
	}

	private static void flush(StringBuilder current, List<String> messages) {
		// Leading blank lines go, an indented first line keeps its indent.
		String message = current.toString().replaceFirst("^\\n+", "").stripTrailing();
		if (!message.isBlank()) {
			messages.add(message);
		}
		current.setLength(0);
	}

}
