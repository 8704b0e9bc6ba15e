package vn.baocao.draft;

import java.util.List;

/**
 * The plan as read: its lines (a .docx gives one line per paragraph, table cells
 * included), NFC-normalised, control characters as spaces. Quotes in the draft are cut
 * from these lines, so each one can be found again in the text with the line number the
 * draft gives.
 *
 * @param source the file name, for the draft's first comment
 * @param lines the lines, the first being line 1
 * @param lineWord what a line is called in the draft's comments: "dòng" for plain text,
 * "đoạn" (paragraph) for a Word document
 */
record PlanText(String source, List<String> lines, String lineWord) {

	PlanText {
		lines = List.copyOf(lines);
	}

	String line(int number) {
		return lines.get(number - 1);
	}

	int size() {
		return lines.size();
	}

	/** Everything as one string, lines joined by '\n'. */
	String text() {
		return String.join("\n", lines);
	}

}
