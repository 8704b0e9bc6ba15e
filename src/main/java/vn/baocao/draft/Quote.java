package vn.baocao.draft;

/**
 * Where a drafted value came from: a line of the plan and the words on it, verbatim.
 */
record Quote(int line, String text) {

	/**
	 * The part of {@code line} from {@code start} to {@code end}, without surrounding
	 * spaces and punctuation.
	 */
	static Quote of(PlanText plan, int line, int start, int end) {
		String text = plan.line(line);
		int s = Math.max(0, start);
		int e = Math.min(text.length(), end);
		while (s < e && isTrim(text.charAt(s))) {
			s++;
		}
		while (e > s && isTrim(text.charAt(e - 1))) {
			e--;
		}
		return new Quote(line, text.substring(s, e));
	}

	static Quote wholeLine(PlanText plan, int line) {
		return of(plan, line, 0, plan.line(line).length());
	}

	private static boolean isTrim(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ';' || c == ',' || c == '.' || c == ':';
	}

}
