package vn.baocao.channel.zalo;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces Zalo accepts (sendMessage takes 1 to 2000 characters), at
 * line breaks where it can, so a summary's lines stay whole; a single line longer than
 * the limit is cut at its last space inside the limit, never inside a character.
 */
final class TextChunks {

	static final int ZALO_LIMIT = 2000;

	private TextChunks() {
	}

	static List<String> split(String text, int limit) {
		List<String> chunks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			if (!current.isEmpty() && current.length() + 1 + line.length() > limit) {
				flush(current, chunks);
			}
			String rest = line;
			while (rest.length() > limit) {
				int cut = cutPoint(rest, limit);
				flush(current, chunks);
				chunks.add(rest.substring(0, cut).stripTrailing());
				rest = rest.substring(cut).stripLeading();
			}
			if (!current.isEmpty()) {
				current.append('\n');
			}
			current.append(rest);
		}
		flush(current, chunks);
		return chunks;
	}

	private static int cutPoint(String line, int limit) {
		int space = line.lastIndexOf(' ', limit);
		int cut = space > limit / 2 ? space : limit;
		if (Character.isLowSurrogate(line.charAt(cut)) && Character.isHighSurrogate(line.charAt(cut - 1))) {
			cut--;
		}
		return cut;
	}

	private static void flush(StringBuilder current, List<String> chunks) {
		String chunk = current.toString().strip();
		if (!chunk.isEmpty()) {
			chunks.add(chunk);
		}
		current.setLength(0);
	}

}
