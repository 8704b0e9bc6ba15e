package vn.baocao.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A generated .docx opened again with POI, read the way a person reads it. */
final class OpenedDocument implements AutoCloseable {

	final XWPFDocument doc;

	OpenedDocument(byte[] bytes) {
		try {
			this.doc = new XWPFDocument(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The body's paragraphs (outside tables), in order. */
	List<String> paragraphs() {
		return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	/** Every table's rows as lists of cell texts (lines of a cell joined by " | "). */
	List<List<List<String>>> tables() {
		List<List<List<String>>> tables = new ArrayList<>();
		for (XWPFTable table : doc.getTables()) {
			List<List<String>> rows = new ArrayList<>();
			for (XWPFTableRow row : table.getRows()) {
				rows.add(row.getTableCells().stream().map(OpenedDocument::text).toList());
			}
			tables.add(rows);
		}
		return tables;
	}

	/** The table whose header row starts with these cells. */
	List<List<String>> table(String... header) {
		return tables().stream()
			.filter(t -> t.get(0).size() >= header.length && t.get(0).subList(0, header.length).equals(List.of(header)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table with header " + List.of(header) + " in " + tables()));
	}

	/** Everything as text, in document order, tables' cells separated by tabs. */
	String allText() {
		StringBuilder out = new StringBuilder();
		for (IBodyElement element : doc.getBodyElements()) {
			if (element instanceof XWPFParagraph p) {
				out.append(p.getText()).append('\n');
			}
			else if (element instanceof XWPFTable t) {
				for (XWPFTableRow row : t.getRows()) {
					out.append(row.getTableCells().stream().map(OpenedDocument::text).collect(Collectors.joining("\t")))
						.append('\n');
				}
			}
		}
		return out.toString();
	}

	static String text(XWPFTableCell cell) {
		return cell.getParagraphs()
			.stream()
			.map(XWPFParagraph::getText)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(" | "));
	}

	@Override
	public void close() throws IOException {
		doc.close();
	}

}
