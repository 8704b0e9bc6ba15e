package vn.baocao.draft;

/**
 * Clauses of a plan's sentence: parts between semicolons and full stops (a dot between
 * digits, as in {@code 3.000m}, is not a full stop).
 */
final class Clauses {

	private Clauses() {
	}

	/**
	 * {start, end} of the clause of {@code line} holding {@code at}, not before
	 * {@code from}.
	 */
	static int[] around(String line, int from, int at) {
		int start = from;
		for (int i = at - 1; i >= from; i--) {
			if (isBreak(line, i)) {
				start = i + 1;
				break;
			}
		}
		int end = line.length();
		for (int i = at; i < line.length(); i++) {
			if (isBreak(line, i)) {
				end = i;
				break;
			}
		}
		return new int[] { start, end };
	}

	/**
	 * Where the next item of a bracketed list starts: after the next comma, before
	 * {@code close}.
	 */
	static int nextItem(String line, int from, int close) {
		for (int i = from; i < close; i++) {
			char c = line.charAt(i);
			if (c == ',' || c == ';') {
				return i + 1;
			}
		}
		return close;
	}

	private static boolean isBreak(String line, int i) {
		char c = line.charAt(i);
		if (c == ';') {
			return true;
		}
		if (c != '.') {
			return false;
		}
		boolean digitBefore = i > 0 && Character.isDigit(line.charAt(i - 1));
		boolean digitAfter = i + 1 < line.length() && Character.isDigit(line.charAt(i + 1));
		return !(digitBefore && digitAfter);
	}

}
