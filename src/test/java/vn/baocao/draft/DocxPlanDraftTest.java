package vn.baocao.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed plan as Word keeps it: the two-column heading in a table, each line a
 * paragraph of several runs (Word splits text at every change of formatting),
 * non-breaking spaces in figures and names. It gives the same draft as the plain text.
 */
class DocxPlanDraftTest {

	@Test
	void aWordCopyOfTheSeedGivesTheSameDraft(@TempDir Path dir) throws IOException {
		Path docx = dir.resolve("ke-hoach.docx");
		writeDocx(Files.readAllLines(Drafting.SEED, StandardCharsets.UTF_8), docx);

		Drafting.Result fromWord = Drafting.draft(docx);
		Drafting.Result fromText = Drafting.draft(Drafting.SEED);

		assertThat(fromWord.exit()).isZero();
		assertThat(fromWord.campaign()).isEqualTo(fromText.campaign());
		assertThat(comparable(fromWord.stdout(), "ke-hoach.docx"))
			.isEqualTo(comparable(fromText.stdout(), "ke-hoach-dan-van-dot-II-2024.txt"));
		assertThat(fromWord.stdout()).contains("# đoạn ").doesNotContain("# dòng ");
		assertThat(fromWord.stderr()).hasSameSizeAs(fromText.stderr());
	}

	@Test
	void aWordDocumentsQuotesAreItsParagraphsWordForWord(@TempDir Path dir) throws IOException {
		Path docx = dir.resolve("ke-hoach.docx");
		writeDocx(Files.readAllLines(Drafting.SEED, StandardCharsets.UTF_8), docx);
		Drafting.Result result = Drafting.draft(docx);
		List<String> paragraphs = new PlanReader(new vn.baocao.messaging.Texts("messages/draft")).read(docx).lines();
		assertThat(result.quotes()).isNotEmpty()
			.allSatisfy(q -> assertThat(paragraphs.get(q.line() - 1)).as("đoạn " + q.line()).contains(q.text()));
		assertThat(result.stdout()).contains("\"Tặng quà các gia đình chính sách, thương binh liệt sỹ: 25 phần quà, "
				+ "mỗi phần 500\u00A0000đ, trị giá 10.500\u00A0000đ\"");
	}

	/** Line numbers, the file name and Word's spaces are all that may differ. */
	private static String comparable(String draft, String fileName) {
		return draft.replace(fileName, "PLAN")
			.replace('\u00A0', ' ')
			.replaceAll("(dòng|đoạn) \\d+", "LINE")
			.replaceAll("\"(dòng|đoạn) N\" là số thứ tự (dòng|đoạn)", "LINES");
	}

	/**
	 * The heading block (up to the first blank line after "ĐẢNG UỶ XÃ …") as a two-column
	 * table, the rest one paragraph per non-blank line, each split into runs.
	 */
	static void writeDocx(List<String> lines, Path file) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			int headingAt = indexOfStartingWith(lines, "ĐẢNG UỶ XÃ");
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (i == headingAt) {
					i = heading(document, lines, i);
					continue;
				}
				if (line.isBlank()) {
					continue;
				}
				paragraph(document.createParagraph(), wordSpaces(line));
			}
			document.write(out);
		}
	}

	private static int heading(XWPFDocument document, List<String> lines, int from) {
		XWPFTable table = document.createTable(1, 2);
		int i = from;
		boolean first = true;
		for (; i < lines.size() && !lines.get(i).strip().equals("KẾ HOẠCH"); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] columns = lines.get(i).strip().split("\\s{3,}", 2);
			XWPFParagraph left = first ? table.getRow(0).getCell(0).getParagraphs().get(0)
					: table.getRow(0).getCell(0).addParagraph();
			paragraph(left, columns[0]);
			if (columns.length > 1) {
				XWPFParagraph right = first ? table.getRow(0).getCell(1).getParagraphs().get(0)
						: table.getRow(0).getCell(1).addParagraph();
				paragraph(right, columns[1]);
			}
			first = false;
		}
		return i - 1;
	}

	/** Runs of three words each, every other one bold, as Word stores edited text. */
	private static void paragraph(XWPFParagraph paragraph, String text) {
		String[] words = text.split("(?<= )");
		StringBuilder run = new StringBuilder();
		int count = 0;
		for (String word : words) {
			run.append(word);
			if (++count % 3 == 0) {
				add(paragraph, run.toString(), count % 2 == 0);
				run.setLength(0);
			}
		}
		if (!run.isEmpty()) {
			add(paragraph, run.toString(), false);
		}
	}

	private static void add(XWPFParagraph paragraph, String text, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setText(text);
	}

	/** Word's non-breaking spaces inside "500 000đ" and "Ấp Cầu". */
	private static String wordSpaces(String line) {
		return line.replaceAll("(\\d) (\\d{3})", "$1\u00A0$2").replace("Ấp Cầu", "Ấp\u00A0Cầu");
	}

	private static int indexOfStartingWith(List<String> lines, String prefix) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}

}
