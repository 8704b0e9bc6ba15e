package vn.baocao.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.DocumentSettings;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.PlanLint;
import vn.baocao.messaging.Texts;
import vn.baocao.report.ViNumber;
import vn.baocao.summary.HamletRecord;
import vn.baocao.summary.Progress;
import vn.baocao.summary.RatioCheck;

/**
 * Lays the report out as a Word document in the form the campaign file names: A4, the
 * decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm), Times New Roman, the
 * header of a party or a state body, the document type and its summary line centred,
 * numbered sections, tables whose header row repeats on every page, the signature block
 * and "Nơi nhận".
 */
final class DocxWriter {

	static final String FONT = "Times New Roman";

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private static final int BODY = 14;

	private static final int TABLE = 12;

	private final Campaign campaign;

	private final DocumentSettings settings;

	private final Texts texts;

	DocxWriter(Campaign campaign, Texts texts) {
		this.campaign = campaign;
		this.settings = campaign.document();
		this.texts = texts;
	}

	byte[] write(SoKet soKet) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			header(doc, soKet);
			title(doc, soKet);
			results(doc, soKet);
			assessment(doc, soKet);
			commendations(doc, soKet);
			photos(doc, soKet);
			signature(doc);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(mm(20));
		margins.setBottom(mm(20));
		margins.setLeft(mm(30));
		margins.setRight(mm(15));
		margins.setHeader(mm(10));
		margins.setFooter(mm(10));
	}

	private static BigInteger mm(double millimetres) {
		return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
	}

	// ---- header: issuer and number at the left, national or party name and date at the
	// right

	private void header(XWPFDocument doc, SoKet soKet) {
		XWPFTable table = borderless(doc, 1, 2, 48, 52);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		boolean party = settings.form() == DocumentSettings.Form.PARTY;
		int size = 13;
		XWPFParagraph first = left.getParagraphs().get(0);
		boolean used = false;
		if (settings.superior() != null) {
			centred(first, settings.superior(), false, false, size);
			used = true;
		}
		for (String line : settings.issuer()) {
			centred(used ? left.addParagraph() : first, line, true, false, size);
			used = true;
		}
		centred(left.addParagraph(), party ? "*" : "—————", party, false, size);
		centred(left.addParagraph(), (party ? "Số " : "Số: ") + "     " + settings.number(), false, false, size);

		XWPFParagraph top = right.getParagraphs().get(0);
		if (party) {
			XWPFRun name = centred(top, texts.get("doc.party"), true, false, 15);
			name.setUnderline(UnderlinePatterns.SINGLE);
		}
		else {
			centred(top, texts.get("doc.nation"), true, false, 13);
			XWPFRun motto = centred(right.addParagraph(), texts.get("doc.motto"), true, false, 14);
			motto.setUnderline(UnderlinePatterns.SINGLE);
		}
		right.addParagraph();
		centred(right.addParagraph(), placeAndDate(soKet), false, true, 13);
		spacer(doc);
	}

	private String placeAndDate(SoKet soKet) {
		String date = texts.get("doc.date", two(soKet.issued().getDayOfMonth()), two(soKet.issued().getMonthValue()),
				soKet.issued().getYear());
		return settings.place().isBlank() ? capitalised(date) : settings.place() + ", " + date;
	}

	private static String two(int n) {
		return n < 10 ? "0" + n : Integer.toString(n);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private void title(XWPFDocument doc, SoKet soKet) {
		centred(doc.createParagraph(), texts.get("doc.type"), true, false, 15);
		String summary = soKet.finalReport() ? texts.get("doc.summary.final", campaign.name())
				: texts.get("doc.summary.progress", campaign.name(), Format.day(soKet.figures().lastDay()));
		centred(doc.createParagraph(), summary, true, false, BODY);
		XWPFParagraph rule = doc.createParagraph();
		centred(rule, settings.form() == DocumentSettings.Form.PARTY ? "-----" : "—————", false, false, BODY);
		rule.setSpacingAfter(240);
		body(doc,
				soKet.finalReport()
						? texts.get("doc.intro.final", campaign.name(), Format.day(soKet.figures().firstDay()),
								Format.day(soKet.figures().lastDay()))
						: texts.get("doc.intro.progress", campaign.name(), Format.day(soKet.figures().firstDay()),
								Format.day(soKet.figures().lastDay())));
	}

	// ---- I. results against the plan, participation, difficulties

	private void results(XWPFDocument doc, SoKet soKet) {
		heading(doc, texts.get("doc.section.results"));
		subheading(doc, texts.get("doc.results.commune"));
		communeTable(doc, soKet);
		for (PlanLint.Disagreement d : soKet.statedTotals()) {
			campaign.field(d.field())
				.ifPresent(field -> body(doc, texts.get("doc.results.stated", field.label(),
						Format.amount(field, d.stated()), Format.amount(field, d.hamletsSum()))));
		}
		subheading(doc, texts.get("doc.results.units"));
		unitsTables(doc, soKet);
		subheading(doc, texts.get("doc.results.participation"));
		participationTable(doc, soKet);
		reviewTable(doc, soKet);
		RatioCheck ratio = soKet.figures().ratio();
		if (ratio != null) {
			body(doc, ratioSentence(ratio));
		}
		subheading(doc, texts.get("doc.results.notes"));
		if (soKet.difficulties().isEmpty()) {
			body(doc, texts.get("doc.notes.none"));
		}
		for (SoKet.UnitNotes unit : soKet.difficulties()) {
			XWPFParagraph p = paragraph(doc);
			run(p, unit.unitName() + ":", true, false, BODY);
			for (String note : unit.notes()) {
				body(doc, "- " + note);
			}
		}
	}

	private String ratioSentence(RatioCheck ratio) {
		if (!ratio.hasData()) {
			return texts.get("doc.ratio.none", ratio.ratio().label());
		}
		String figures = ViNumber.format(ratio.left()) + " : " + ViNumber.format(ratio.right());
		String perOne = ratio.rightPerLeft().map(v -> " (1 : " + ViNumber.format(v) + ")").orElse("");
		return texts.get(ratio.met() ? "doc.ratio.met" : "doc.ratio.short", ratio.ratio().label(), figures + perOne,
				ratio.ratio().leftPart() + ":" + ratio.ratio().rightPart());
	}

	private void communeTable(XWPFDocument doc, SoKet soKet) {
		Map<String, BigDecimal> stated = new LinkedHashMap<>();
		soKet.statedTotals().forEach(d -> stated.put(d.field(), d.stated()));
		boolean withStated = !stated.isEmpty();
		List<String> headers = new ArrayList<>(
				List.of(texts.get("doc.col.no"), texts.get("doc.col.target"), texts.get("doc.col.unit"),
						texts.get("doc.col.planned"), texts.get("doc.col.done"), texts.get("doc.col.percent")));
		if (withStated) {
			headers.add(texts.get("doc.col.stated"));
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		int n = 0;
		for (Progress total : soKet.figures().totals()) {
			seen.add(total.field().key());
			rows.add(communeRow(++n, total.field(), total.done(), total.target(), Format.percent(total),
					withStated ? stated.get(total.field().key()) : null, withStated));
		}
		for (PlanLint.Disagreement d : soKet.statedTotals()) {
			if (!seen.contains(d.field())) {
				FieldDef field = campaign.field(d.field()).orElse(null);
				if (field != null) {
					rows.add(communeRow(++n, field, BigDecimal.ZERO, null, "", d.stated(), true));
				}
			}
		}
		if (rows.isEmpty()) {
			body(doc, texts.get("doc.results.nothing"));
			return;
		}
		if (withStated) {
			grid(doc, headers, rows, 8, 28, 9, 15, 15, 11, 14);
		}
		else {
			grid(doc, headers, rows, 8, 34, 10, 17, 17, 14);
		}
	}

	private List<String> communeRow(int n, FieldDef field, BigDecimal done, BigDecimal target, String percent,
			BigDecimal stated, boolean withStated) {
		List<String> row = new ArrayList<>(List.of(Integer.toString(n), field.label(), unit(field),
				Format.number(target), Format.number(done), percent));
		if (withStated) {
			row.add(Format.number(stated));
		}
		return row;
	}

	private static String unit(FieldDef field) {
		return field.unit() == null ? "" : field.unit();
	}

	/**
	 * One table per report template, the hamlets first; each titled when the campaign has
	 * organisations, and ending with its group's sums (more than one unit).
	 */
	private void unitsTables(XWPFDocument doc, SoKet soKet) {
		List<String> headers = List.of(texts.get("doc.col.no"), texts.get("doc.col.unitname"),
				texts.get("doc.col.target"), texts.get("doc.col.planned"), texts.get("doc.col.done"),
				texts.get("doc.col.percent"));
		for (SoKet.ResultTable table : soKet.results()) {
			if (table.title() != null) {
				XWPFParagraph p = paragraph(doc);
				p.setKeepNext(true);
				run(p, table.title(), false, true, BODY);
			}
			List<List<String>> rows = new ArrayList<>();
			int n = 0;
			for (SoKet.UnitResult unit : table.units()) {
				n++;
				if (unit.lines().isEmpty()) {
					rows.add(List.of(Integer.toString(n), unit.name(),
							texts.get(unit.hasTargets() ? "doc.units.no-target" : "doc.units.no-figures"), "", "", ""));
					continue;
				}
				boolean first = true;
				for (Progress p : unit.lines()) {
					rows.add(List.of(first ? Integer.toString(n) : "", first ? unit.name() : "", p.field().label(),
							Format.amount(p.field(), p.target()), Format.amount(p.field(), p.done()),
							Format.percent(p)));
					first = false;
				}
			}
			boolean first = true;
			for (Progress p : table.subtotal()) {
				rows.add(List.of("", first ? texts.get("doc.col.subtotal") : "", p.field().label(),
						Format.amount(p.field(), p.target()), Format.amount(p.field(), p.done()), Format.percent(p)));
				first = false;
			}
			grid(doc, headers, rows, 8, 17, 30, 17, 17, 11);
		}
	}

	private void participationTable(XWPFDocument doc, SoKet soKet) {
		List<String> headers = List.of(texts.get("doc.col.no"), texts.get("doc.col.unitname"),
				texts.get("doc.col.ontime"), texts.get("doc.col.late"), texts.get("doc.col.excused"),
				texts.get("doc.col.missing"));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		int[] sums = new int[4];
		for (HamletRecord unit : soKet.figures().units()) {
			rows.add(List.of(Integer.toString(++n), unit.name(), Integer.toString(unit.onTime()),
					Integer.toString(unit.late()), Integer.toString(unit.excused()), Integer.toString(unit.missing())));
			sums[0] += unit.onTime();
			sums[1] += unit.late();
			sums[2] += unit.excused();
			sums[3] += unit.missing();
		}
		rows.add(List.of("", texts.get("doc.col.total"), Integer.toString(sums[0]), Integer.toString(sums[1]),
				Integer.toString(sums[2]), Integer.toString(sums[3])));
		grid(doc, headers, rows, 8, 32, 15, 15, 15, 15);
		body(doc, texts.get("doc.participation.days", soKet.figures().dayCount()));
	}

	/** Where review is on: each unit's reports accepted, waiting and sent back. */
	private void reviewTable(XWPFDocument doc, SoKet soKet) {
		if (soKet.reviews().isEmpty()) {
			return;
		}
		List<String> headers = List.of(texts.get("doc.col.no"), texts.get("doc.col.unitname"),
				texts.get("doc.col.accepted"), texts.get("doc.col.waiting"), texts.get("doc.col.returned"));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		int[] sums = new int[3];
		for (SoKet.UnitReview unit : soKet.reviews()) {
			rows.add(List.of(Integer.toString(++n), unit.unitName(), Integer.toString(unit.accepted()),
					Integer.toString(unit.waiting()), Integer.toString(unit.returned())));
			sums[0] += unit.accepted();
			sums[1] += unit.waiting();
			sums[2] += unit.returned();
		}
		rows.add(List.of("", texts.get("doc.col.total"), Integer.toString(sums[0]), Integer.toString(sums[1]),
				Integer.toString(sums[2])));
		body(doc, texts.get("doc.review.intro"));
		grid(doc, headers, rows, 8, 38, 18, 18, 18);
	}

	// ---- II. assessment, III. commendation, IV. photos

	private void assessment(XWPFDocument doc, SoKet soKet) {
		heading(doc, texts.get("doc.section.assessment"));
		for (String sentence : soKet.assessment()) {
			body(doc, "- " + sentence);
		}
	}

	private void commendations(XWPFDocument doc, SoKet soKet) {
		heading(doc, texts.get(soKet.finalReport() ? "doc.section.commendation" : "doc.section.commendation.progress"));
		DocumentSettings.CommendationRule rule = settings.commendation();
		String criteria = rule.allTargetsMet() && rule.noMissingDay() ? texts.get("doc.commend.rule.both")
				: rule.allTargetsMet() ? texts.get("doc.commend.rule.targets")
						: rule.noMissingDay() ? texts.get("doc.commend.rule.days") : texts.get("doc.commend.rule.any");
		body(doc, texts.get("doc.commend.intro", criteria));
		if (soKet.commendations().isEmpty()) {
			body(doc, texts.get("doc.commend.none"));
			return;
		}
		List<String> headers = List.of(texts.get("doc.col.no"), texts.get("doc.col.unitname"),
				texts.get("doc.col.reasons"), texts.get("doc.col.mean"));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (Commendations.Proposal proposal : soKet.commendations()) {
			HamletRecord unit = proposal.unit();
			List<String> reasons = new ArrayList<>();
			for (Progress p : unit.progress()) {
				if (p.target() != null) {
					FieldDef own = campaign.templateOf(unit.code()).field(p.field().key()).orElse(p.field());
					reasons.add(texts.get("doc.commend.figure", own.label(), Format.amount(own, p.done()),
							Format.amount(own, p.target()), Format.percent(p)));
				}
			}
			reasons.add(texts.get("doc.commend.days", unit.onTime(), unit.late(), unit.excused(), unit.missing()));
			rows.add(List.of(Integer.toString(++n), unit.name(), String.join("\n", reasons),
					proposal.meanPercent().map(Format::percent).orElse("")));
		}
		grid(doc, headers, rows, 8, 18, 58, 16);
	}

	private void photos(XWPFDocument doc, SoKet soKet) {
		heading(doc, texts.get("doc.section.photos"));
		if (soKet.photos().isEmpty()) {
			body(doc, texts.get("doc.photos.none"));
		}
		else {
			int columns = 2;
			int rows = (soKet.photos().size() + columns - 1) / columns;
			XWPFTable table = borderless(doc, rows, columns, 50, 50);
			for (int i = 0; i < soKet.photos().size(); i++) {
				SoKet.PhotoShown photo = soKet.photos().get(i);
				XWPFTableCell cell = table.getRow(i / columns).getCell(i % columns);
				picture(cell.getParagraphs().get(0), photo);
				centred(cell.addParagraph(), texts.get("doc.photos.caption", photo.unitName(), Format.day(photo.day())),
						false, true, TABLE);
			}
		}
		if (soKet.photosNotKept() > 0) {
			body(doc, texts.get("doc.photos.not-kept", soKet.photosNotKept()));
		}
	}

	/** A picture 75 mm wide at most, its proportions kept. */
	private static void picture(XWPFParagraph paragraph, SoKet.PhotoShown photo) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		double widthPt = 75 / 25.4 * 72;
		double heightPt = widthPt * photo.height() / Math.max(1, photo.width());
		if (heightPt > 100 / 25.4 * 72) {
			heightPt = 100 / 25.4 * 72;
			widthPt = heightPt * photo.width() / Math.max(1, photo.height());
		}
		try {
			paragraph.createRun()
				.addPicture(new ByteArrayInputStream(photo.jpeg()), PictureType.JPEG, "anh.jpg", Units.toEMU(widthPt),
						Units.toEMU(heightPt));
		}
		catch (IOException | InvalidFormatException ex) {
			throw new IllegalStateException("a kept photo could not be placed", ex);
		}
	}

	// ---- signature block and recipients

	private void signature(XWPFDocument doc) {
		spacer(doc);
		XWPFTable table = borderless(doc, 1, 2, 48, 52);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph heading = left.getParagraphs().get(0);
		run(heading, texts.get("doc.recipients"), true, true, 12);
		List<String> recipients = settings.recipients();
		for (int i = 0; i < recipients.size(); i++) {
			XWPFParagraph p = left.addParagraph();
			run(p, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ","), false, false, 11);
		}
		XWPFParagraph first = right.getParagraphs().get(0);
		boolean used = false;
		if (!settings.signer().onBehalf().isBlank()) {
			centred(first, settings.signer().onBehalf(), true, false, BODY);
			used = true;
		}
		for (String line : settings.signer().title()) {
			boolean joiner = line.equals(line.toLowerCase(Texts.VIETNAMESE));
			centred(used ? right.addParagraph() : first, line, !joiner, false, BODY);
			used = true;
		}
		for (int i = 0; i < 4; i++) {
			right.addParagraph();
		}
		centred(right.addParagraph(), settings.signer().name(), true, false, BODY);
	}

	// ---- building blocks

	/** The text width of an A4 page with the decree's margins, in twips (165 mm). */
	private static final int TEXT_WIDTH = (int) Math.round(165 * TWIPS_PER_MM);

	/**
	 * Fixed column widths in proportion to {@code weights}, so every reader (Word,
	 * LibreOffice) lays the table out alike.
	 */
	private static void widths(XWPFTable table, int... weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		CTTbl ct = table.getCTTbl();
		CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
		CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(TEXT_WIDTH));
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		int[] twips = new int[weights.length];
		for (int c = 0; c < weights.length; c++) {
			twips[c] = TEXT_WIDTH * weights[c] / total;
			grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < weights.length && c < row.getTableCells().size(); c++) {
				row.getCell(c).setWidth(Integer.toString(twips[c]));
			}
		}
	}

	private static XWPFTable borderless(XWPFDocument doc, int rows, int columns, int... percents) {
		XWPFTable table = doc.createTable(rows, columns);
		table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		widths(table, percents);
		return table;
	}

	/** A table with borders whose first row repeats at the top of every page. */
	private void grid(XWPFDocument doc, List<String> headers, List<List<String>> rows, int... weights) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < headers.size(); c++) {
			centred(head.getCell(c).getParagraphs().get(0), headers.get(c), true, false, TABLE);
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			List<String> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				String[] lines = values.get(c).split("\n", -1);
				for (int l = 0; l < lines.length; l++) {
					XWPFParagraph p = l == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
					p.setAlignment(c == 0 ? ParagraphAlignment.CENTER
							: looksNumeric(lines[l]) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
					run(p, lines[l], false, false, TABLE);
				}
			}
		}
		widths(table, weights);
		spacer(doc);
	}

	private static boolean looksNumeric(String text) {
		return !text.isEmpty() && Character.isDigit(text.charAt(0)) && text.length() < 24;
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc);
		p.setSpacingBefore(120);
		p.setKeepNext(true);
		run(p, text, true, false, BODY);
	}

	private static void subheading(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc);
		p.setKeepNext(true);
		run(p, text, true, false, BODY);
	}

	private static void body(XWPFDocument doc, String text) {
		run(paragraph(doc), text, false, false, BODY);
	}

	/** A justified paragraph with the first line indented 10 mm. */
	private static XWPFParagraph paragraph(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine((int) Math.round(10 * TWIPS_PER_MM));
		p.setSpacingAfter(80);
		return p;
	}

	private static void spacer(XWPFDocument doc) {
		doc.createParagraph().setSpacingAfter(0);
	}

	private static XWPFRun centred(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return run(p, text, bold, italic, size);
	}

	private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setItalic(italic);
		run.setFontFamily(FONT);
		run.setFontSize(size);
		return run;
	}

}
