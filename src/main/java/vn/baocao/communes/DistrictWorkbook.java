package vn.baocao.communes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.FieldDef;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.Texts;
import vn.baocao.summary.FieldTotal;
import vn.baocao.summary.Progress;

/**
 * The district workbook: a sheet "Tổng hợp huyện" (one row per commune over the days:
 * reports in and expected, running totals per field against its targets, and the
 * district's row), then a sheet per commune (one row per day: reported, expected, the
 * missing units, the day's totals).
 */
final class DistrictWorkbook {

	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Texts texts = CommunesTexts.TEXTS;

	private final String district;

	private final LocalDate first;

	private final LocalDate last;

	DistrictWorkbook(String district, LocalDate first, LocalDate last) {
		this.district = district;
		this.first = first;
		this.last = last;
	}

	/** {@code range}: the communes of each day from first to last, in order. */
	FileContent write(List<List<CommuneDays.Day>> range) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			CellStyle number = book.createCellStyle();
			number.setDataFormat(book.createDataFormat().getFormat("#,##0.##"));
			Map<String, FieldDef> fields = fields(range);
			overview(book.createSheet(WorkbookUtil.createSafeSheetName(texts.get("district.book.overview"))), range,
					fields, header, number);
			Set<String> names = new HashSet<>();
			List<Campaign> communes = range.isEmpty() ? List.of()
					: range.get(0).stream().map(CommuneDays.Day::campaign).toList();
			for (int i = 0; i < communes.size(); i++) {
				String name = unique(WorkbookUtil.createSafeSheetName(communes.get(i).name()), names);
				commune(book.createSheet(name), range, i, header, number);
			}
			book.write(out);
			return new FileContent(
					"tonghop-huyen-" + first.format(FILE_DAY) + "-den-" + last.format(FILE_DAY) + ".xlsx",
					FileContent.XLSX, out.toByteArray(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, FieldDef> fields(List<List<CommuneDays.Day>> range) {
		Map<String, FieldDef> fields = new LinkedHashMap<>();
		for (List<CommuneDays.Day> day : range) {
			for (CommuneDays.Day commune : day) {
				if (commune.running()) {
					commune.summary().runningTotals().forEach(p -> fields.putIfAbsent(p.field().key(), p.field()));
				}
			}
		}
		return fields;
	}

	private void overview(Sheet sheet, List<List<CommuneDays.Day>> range, Map<String, FieldDef> fields,
			CellStyle header, CellStyle number) {
		Row title = sheet.createRow(0);
		title.createCell(0)
			.setCellValue(texts.get("district.book.title", district, first.format(SHOWN), last.format(SHOWN)));
		title.getCell(0).setCellStyle(header);
		Row head = sheet.createRow(2);
		List<String> columns = new ArrayList<>(List.of(texts.get("district.book.commune"),
				texts.get("district.book.reports-in"), texts.get("district.book.reports-expected")));
		for (FieldDef field : fields.values()) {
			columns.add(label(field));
			columns.add(texts.get("district.book.target"));
			columns.add(texts.get("district.book.percent"));
		}
		for (int c = 0; c < columns.size(); c++) {
			head.createCell(c).setCellValue(columns.get(c));
			head.getCell(c).setCellStyle(header);
		}
		int communes = range.isEmpty() ? 0 : range.get(0).size();
		int[] districtIn = { 0, 0 };
		Map<String, BigDecimal[]> districtTotals = new LinkedHashMap<>();
		for (int i = 0; i < communes; i++) {
			Row row = sheet.createRow(3 + i);
			int in = 0;
			int expected = 0;
			Map<String, Progress> latest = new LinkedHashMap<>();
			for (List<CommuneDays.Day> day : range) {
				CommuneDays.Day commune = day.get(i);
				if (commune.running()) {
					in += DistrictDay.reported(commune.summary());
					expected += commune.summary().units().size();
					commune.summary().runningTotals().forEach(p -> latest.put(p.field().key(), p));
				}
			}
			row.createCell(0).setCellValue(range.get(0).get(i).campaign().name());
			row.createCell(1).setCellValue(in);
			row.createCell(2).setCellValue(expected);
			districtIn[0] += in;
			districtIn[1] += expected;
			int c = 3;
			for (String key : fields.keySet()) {
				Progress progress = latest.get(key);
				BigDecimal done = progress == null ? BigDecimal.ZERO : progress.done();
				BigDecimal target = progress == null ? null : progress.target();
				progressCells(row, c, done, target, number);
				BigDecimal[] sum = districtTotals.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, null });
				sum[0] = sum[0].add(done);
				if (target != null) {
					sum[1] = sum[1] == null ? target : sum[1].add(target);
				}
				c += 3;
			}
		}
		Row total = sheet.createRow(3 + communes);
		total.createCell(0).setCellValue(texts.get("district.book.all"));
		total.getCell(0).setCellStyle(header);
		total.createCell(1).setCellValue(districtIn[0]);
		total.createCell(2).setCellValue(districtIn[1]);
		int c = 3;
		for (String key : fields.keySet()) {
			BigDecimal[] sum = districtTotals.getOrDefault(key, new BigDecimal[] { BigDecimal.ZERO, null });
			progressCells(total, c, sum[0], sum[1], number);
			c += 3;
		}
		sheet.setColumnWidth(0, 28 * 256);
		for (int col = 1; col < columns.size(); col++) {
			sheet.setColumnWidth(col, 14 * 256);
		}
		sheet.createFreezePane(1, 3);
	}

	private static void progressCells(Row row, int c, BigDecimal done, BigDecimal target, CellStyle number) {
		row.createCell(c).setCellValue(done.doubleValue());
		row.getCell(c).setCellStyle(number);
		if (target != null) {
			row.createCell(c + 1).setCellValue(target.doubleValue());
			row.getCell(c + 1).setCellStyle(number);
			new Progress(null, done, target).percent()
				.ifPresent(percent -> row.createCell(c + 2).setCellValue(percent.doubleValue()));
		}
	}

	private void commune(Sheet sheet, List<List<CommuneDays.Day>> range, int index, CellStyle header,
			CellStyle number) {
		Map<String, FieldDef> fields = fields(range.stream().map(day -> List.of(day.get(index))).toList());
		Row head = sheet.createRow(0);
		List<String> columns = new ArrayList<>(
				List.of(texts.get("district.book.day"), texts.get("district.book.reported"),
						texts.get("district.book.units"), texts.get("district.book.missing")));
		fields.values().forEach(field -> columns.add(label(field)));
		for (int c = 0; c < columns.size(); c++) {
			head.createCell(c).setCellValue(columns.get(c));
			head.getCell(c).setCellStyle(header);
		}
		int r = 1;
		for (List<CommuneDays.Day> day : range) {
			CommuneDays.Day commune = day.get(index);
			if (!commune.running()) {
				continue;
			}
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(commune.day().format(SHOWN));
			row.createCell(1).setCellValue(DistrictDay.reported(commune.summary()));
			row.createCell(2).setCellValue(commune.summary().units().size());
			row.createCell(3).setCellValue(String.join(", ", DistrictDay.missingNames(commune.summary())));
			int c = 4;
			for (String key : fields.keySet()) {
				BigDecimal amount = commune.summary()
					.dayTotals()
					.stream()
					.filter(t -> t.field().key().equals(key))
					.map(FieldTotal::amount)
					.findFirst()
					.orElse(BigDecimal.ZERO);
				row.createCell(c).setCellValue(amount.doubleValue());
				row.getCell(c++).setCellStyle(number);
			}
		}
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(3, 30 * 256);
		sheet.createFreezePane(1, 1);
	}

	private static String label(FieldDef field) {
		return field.unit() == null || field.unit().isBlank() ? field.label()
				: field.label() + " (" + field.unit() + ")";
	}

	private static String unique(String name, Set<String> used) {
		String candidate = name;
		for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " " + n;
			candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
		}
		return candidate;
	}

}
