package vn.baocao.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.baocao.messaging.Texts;

/**
 * Reads a plan from a plain-text file (UTF-8) or a Word .docx. Anything else, or a file
 * that cannot be read, is a {@link NotAPlanException} with one line saying why.
 */
final class PlanReader {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private final Texts texts;

	PlanReader(Texts texts) {
		this.texts = texts;
	}

	PlanText read(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new NotAPlanException(texts.get("draft.input.missing", file));
		}
		catch (IOException ex) {
			throw new NotAPlanException(texts.get("draft.input.unreadable", file, ex.getMessage()));
		}
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		if (startsWith(bytes, ZIP)) {
			return new PlanText(name, docx(file), texts.get("draft.line.docx"));
		}
		if (startsWith(bytes, OLE) || name.toLowerCase(Locale.ROOT).endsWith(".doc")) {
			throw new NotAPlanException(texts.get("draft.input.doc", file));
		}
		return new PlanText(name, plain(file, bytes), texts.get("draft.line.text"));
	}

	private List<String> plain(Path file, byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new NotAPlanException(texts.get("draft.input.binary", file));
		}
		if (text.indexOf('\u0000') >= 0) {
			throw new NotAPlanException(texts.get("draft.input.binary", file));
		}
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\r\n|\r|\n", -1)) {
			lines.add(clean(line));
		}
		return lines;
	}

	private List<String> docx(Path file) {
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraph(paragraph, lines);
				}
				else if (element instanceof XWPFTable table) {
					table(table, lines);
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new NotAPlanException(texts.get("draft.input.docx", file));
		}
	}

	private void table(XWPFTable table, List<String> lines) {
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				for (XWPFParagraph paragraph : cell.getParagraphs()) {
					paragraph(paragraph, lines);
				}
				for (XWPFTable inner : cell.getTables()) {
					table(inner, lines);
				}
			}
		}
	}

	/** A line break inside a paragraph (Shift+Enter) starts a new line here too. */
	private void paragraph(XWPFParagraph paragraph, List<String> lines) {
		for (String line : paragraph.getText().split("\r\n|\r|\n", -1)) {
			lines.add(clean(line));
		}
	}

	/** NFC, no byte-order mark, control characters (tabs too) as spaces. */
	static String clean(String line) {
		String nfc = Normalizer.normalize(line, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			if (c == '\uFEFF') {
				continue;
			}
			out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
		}
		return out.toString();
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
