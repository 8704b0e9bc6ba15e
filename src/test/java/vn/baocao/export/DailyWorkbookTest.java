package vn.baocao.export;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.baocao.campaign.FieldDef;
import vn.baocao.messaging.FileContent;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Value;
import vn.baocao.support.InMemoryReports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.export.ExportFixture.D10;
import static vn.baocao.export.ExportFixture.D11;
import static vn.baocao.export.ExportFixture.SEED;
import static vn.baocao.export.OpenedWorkbook.fill;
import static vn.baocao.export.OpenedWorkbook.shown;

/**
 * The daily workbook opened with POI and read against the stored reports of 11/12: Cầu on
 * time then amended, Trại Bí late, Xóm Tháp on time, Bàu Đưng excused, four missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyWorkbookTest {

	private final InMemoryReports reports = ExportFixture.reports();

	private final Exports exports = new Exports(SEED, reports, ExportFixture.excuses());

	private final List<ExportFile> files = exports.daily(D11);

	private final OpenedWorkbook workbook = new OpenedWorkbook(workbookFile().content().bytes());

	private final OpenedWorkbook.Table day = workbook.table("Tổng hợp");

	@Test
	void theDayComesAsTheChartAndTheWorkbookNamedByTheDay() {
		assertThat(files).extracting(f -> f.content().name())
			.containsExactly("tiendo-2024-12-11.png", "baocao-2024-12-11.xlsx");
		assertThat(files.get(0).content().picture()).isTrue();
		assertThat(files.get(0).content().contentType()).isEqualTo("image/png");
		assertThat(workbookFile().content().contentType()).isEqualTo(FileContent.XLSX);
		assertThat(workbookFile().caption()).isEqualTo("Bảng tổng hợp ngày 11/12/2024 (Excel)");
		assertThat(workbook.sheetNames()).containsExactly("Tổng hợp", "Lũy kế", "Các lần gửi");
	}

	@Test
	void aRowPerHamletAndAColumnPerReportFieldWithItsUnit() {
		List<String> titles = day.titles();
		assertThat(titles).startsWith("STT", "Ấp", "Tình trạng", "Gửi lúc")
			.contains("Số người dân tham gia (người)", "Phát quang, dọn vệ sinh đường (m)", "Tiền vận động được (đ)",
					"Khó khăn, vướng mắc, đề xuất", "Hình ảnh hoạt động (ảnh)", "Đối ứng dân : LLVT", "Đạt mức 1 : 3",
					"Ghi chú");
		assertThat(titles).hasSize(4 + SEED.report().fields().size() + 3);
		for (var hamlet : SEED.hamlets()) {
			assertThat(day.rows(hamlet.name())).as(hamlet.name()).hasSize(1);
		}
	}

	@Test
	void everyFigureIsTheStoredLatestRevisionAsANumber() {
		for (DailyReport report : reports.forDay(D11)) {
			String hamlet = SEED.hamlet(report.hamletCode()).orElseThrow().name();
			for (FieldDef field : SEED.report().numericFields()) {
				Cell cell = day.cell(hamlet, title(field));
				Value value = report.latest().values().get(field.key());
				if (value instanceof Value.Number number) {
					assertThat(cell.getCellType()).as(hamlet + " " + field.key()).isEqualTo(CellType.NUMERIC);
					assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(number.amount());
				}
				else {
					assertThat(cell.getCellType()).as(hamlet + " " + field.key()).isEqualTo(CellType.BLANK);
				}
			}
		}
		// the amendment (1.000 → 1.200 m) is what counts
		assertThat(day.cell("Ấp Cầu", "Phát quang, dọn vệ sinh đường (m)").getNumericCellValue()).isEqualTo(1200);
		assertThat(shown(day.cell("Ấp Cầu", "Phát quang, dọn vệ sinh đường (m)"))).isEqualTo("1.200");
	}

	@Test
	void theTotalsRowAddsUpTheStoredReports() {
		Row totals = day.row("Tổng cộng");
		for (FieldDef field : SEED.report().numericFields()) {
			BigDecimal stored = reports.forDay(D11)
				.stream()
				.map(r -> r.latest().values().get(field.key()))
				.filter(v -> v instanceof Value.Number)
				.map(v -> ((Value.Number) v).amount())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			Cell cell = totals.getCell(day.column(title(field)));
			if (stored.signum() == 0) {
				assertThat(cell.getCellType()).as(field.key()).isEqualTo(CellType.BLANK);
				continue;
			}
			assertThat(cell.getCellType()).as(field.key()).isEqualTo(CellType.NUMERIC);
			assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(field.key()).isEqualByComparingTo(stored);
			assertThat(workbook.workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
		}
		assertThat(totals.getCell(day.column("Số người dân tham gia (người)")).getNumericCellValue()).isEqualTo(55);
		assertThat(totals.getCell(day.column("Tình trạng")).getStringCellValue()).isEqualTo("3/8 ấp báo cáo");
	}

	@Test
	void lateMissingAndExcusedHamletsAreMarkedInWordsAndColour() {
		assertThat(day.cell("Ấp Cầu", "Tình trạng").getStringCellValue()).isEqualTo("Đúng hạn");
		assertThat(fill(day.cell("Ấp Cầu", "Tình trạng"))).isEmpty();
		assertThat(day.cell("Ấp Trại Bí", "Tình trạng").getStringCellValue()).isEqualTo("Trễ hạn");
		assertThat(fill(day.cell("Ấp Trại Bí", "Tình trạng"))).isEqualTo("FFCC99");
		assertThat(day.cell("Ấp Sân Bay", "Tình trạng").getStringCellValue()).isEqualTo("Chưa báo cáo");
		assertThat(fill(day.cell("Ấp Sân Bay", "Ấp"))).isEqualTo("FF99CC");
		assertThat(day.cell("Ấp Bàu Đưng", "Tình trạng").getStringCellValue()).isEqualTo("Được vắng");
		assertThat(fill(day.cell("Ấp Bàu Đưng", "Tình trạng"))).isEqualTo("C0C0C0");
		assertThat(day.cell("Ấp Bàu Đưng", "Ghi chú").getStringCellValue()).isEqualTo("Lý do vắng: Họp dân toàn ấp");
		assertThat(day.cell("Ấp Cầu", "Ghi chú").getStringCellValue())
			.isEqualTo("Người gửi: Lan\nĐã sửa 1 lần, số liệu theo lần gửi lúc 16:00");
		assertThat(day.notes()).contains("Chưa báo cáo: Ấp Sân Bay, Ấp Mới, Ấp Gò Cát, Ấp Đồng Dài",
				"Báo cáo trễ hạn: Ấp Trại Bí");
	}

	@Test
	void theRatioIsCheckedPerHamletAndForTheDay() {
		// Cầu 30 : 90 = 1 : 3, met; Xóm Tháp 5 : 30 = 1 : 6, not; the day 55 : 180 = 1 :
		// 3,3
		Cell cau = day.cell("Ấp Cầu", "Đối ứng dân : LLVT");
		assertThat(cau.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cau.getNumericCellValue()).isEqualTo(3.0);
		assertThat(cau.getCellStyle().getDataFormatString()).isEqualTo(NumberFormats.RATIO);
		assertThat(day.cell("Ấp Cầu", "Đạt mức 1 : 3").getStringCellValue()).isEqualTo("Đạt");
		assertThat(day.cell("Ấp Xóm Tháp", "Đối ứng dân : LLVT").getNumericCellValue()).isEqualTo(6.0);
		assertThat(day.cell("Ấp Xóm Tháp", "Đạt mức 1 : 3").getStringCellValue()).isEqualTo("Chưa đạt");
		assertThat(fill(day.cell("Ấp Xóm Tháp", "Đạt mức 1 : 3"))).isEqualTo("FF99CC");
		assertThat(day.cell("Tổng cộng", "Đối ứng dân : LLVT").getNumericCellValue()).isEqualTo(3.3);
		assertThat(day.notes()).contains(
				"Đối ứng dân : LLVT (tối thiểu 1 : 3) trong ngày: 55 : 180 (1 : 3,3): Chưa đạt",
				"Ấp chưa đạt tỷ lệ trong ngày: Ấp Xóm Tháp");
	}

	@Test
	void theDayAndTheTimesAreDatesNotText() {
		Cell time = day.cell("Ấp Trại Bí", "Gửi lúc");
		assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
		assertThat(time.getLocalDateTimeCellValue()).isEqualTo("2024-12-11T15:40");
		assertThat(shown(time)).isEqualTo("15:40");
		Cell date = day.sheet.getRow(2).getCell(2);
		assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
		assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(D11);
		assertThat(shown(date)).isEqualTo("11/12/2024");
	}

	@Test
	void theHeaderStaysInViewAndThePagePrintsA4LandscapeWithTheHeaderOnEveryPage() {
		Sheet sheet = day.sheet;
		var pane = sheet.getPaneInformation();
		assertThat(pane.isFreezePane()).isTrue();
		assertThat((int) pane.getHorizontalSplitTopRow()).isEqualTo(day.header + 1);
		assertThat((int) pane.getVerticalSplitLeftColumn()).isEqualTo(2);
		PrintSetup print = sheet.getPrintSetup();
		assertThat(print.getLandscape()).isTrue();
		assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(sheet.getFitToPage()).isTrue();
		assertThat(print.getFitHeight()).isZero();
		// 25 columns: two pages across, each starting with STT and the hamlet
		assertThat(print.getFitWidth()).isEqualTo((short) 2);
		assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo((day.header + 1) + ":" + (day.header + 1));
		assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
		assertThat(workbook.table("Lũy kế").sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
	}

	@Test
	void columnsAreFittedToWhatTheyHold() {
		Sheet sheet = day.sheet;
		int hamlet = sheet.getColumnWidth(1) / 256;
		assertThat(hamlet).isGreaterThanOrEqualTo("Ấp Xóm Tháp".length());
		int money = sheet.getColumnWidth(day.column("Trị giá quà tặng (đ)")) / 256;
		assertThat(money).isGreaterThanOrEqualTo(10);
		int remarks = sheet.getColumnWidth(day.column("Ghi chú")) / 256;
		assertThat(remarks).isBetween(20, 40);
		// the long header wraps onto several lines in a taller row
		assertThat(sheet.getRow(day.header).getHeightInPoints()).isGreaterThan(3 * 12f);
	}

	@Test
	void everyRevisionOfTheDayIsKeptOnItsOwnSheet() {
		OpenedWorkbook.Table revisions = workbook.table("Các lần gửi");
		List<Row> cau = revisions.rows("Ấp Cầu");
		assertThat(cau).hasSize(2);
		int cleared = revisions.column("Phát quang, dọn vệ sinh đường (m)");
		assertThat(cau.get(0).getCell(cleared).getNumericCellValue()).isEqualTo(1000);
		assertThat(cau.get(0).getCell(revisions.column("Bản dùng")).getStringCellValue()).isEqualTo("Đã thay");
		assertThat(cau.get(1).getCell(cleared).getNumericCellValue()).isEqualTo(1200);
		assertThat(cau.get(1).getCell(revisions.column("Bản dùng")).getStringCellValue()).isEqualTo("Đang dùng");
		assertThat(cau.get(1).getCell(revisions.column("Hạn")).getStringCellValue()).isEqualTo("Trễ hạn");
		assertThat(shown(cau.get(1).getCell(revisions.column("Gửi lúc")))).isEqualTo("11/12/2024 16:00");
		int all = reports.forDay(D11).stream().mapToInt(r -> r.revisions().size()).sum();
		assertThat(revisions.sheet.getLastRowNum() - revisions.header).isEqualTo(all);
	}

	@Test
	void theRunningTotalsSheetComparesEveryTargetWithPercent() {
		OpenedWorkbook.Table running = workbook.table("Lũy kế");
		Row cleared = running.sheet.getRow(running.rows("Phát quang, dọn vệ sinh đường").get(0).getRowNum());
		// 1.330 (10/12) + 1.200 (11/12) of the hamlets' 9.900 m; the plan says 8.900
		assertThat(cleared.getCell(running.column("Kết quả")).getNumericCellValue()).isEqualTo(2530);
		assertThat(cleared.getCell(running.column("Chỉ tiêu")).getNumericCellValue()).isEqualTo(9900);
		Cell percent = cleared.getCell(running.column("Tỷ lệ đạt"));
		assertThat(percent.getNumericCellValue()).isCloseTo(2530.0 / 9900, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo(NumberFormats.PERCENT);
		assertThat(shown(percent)).isEqualTo("25.6%");
		assertThat(cleared.getCell(running.column("Kế hoạch ghi")).getNumericCellValue()).isEqualTo(8900);
	}

	@Test
	void moneyAndBigFiguresShowVietnameseGroupingWhateverTheReadersLocale() {
		OpenedWorkbook tenth = new OpenedWorkbook(exports.daily(D10)
			.stream()
			.filter(f -> !f.content().picture())
			.findFirst()
			.orElseThrow()
			.content()
			.bytes());
		Cell money = tenth.table("Tổng hợp").cell("Ấp Cầu", "Tiền vận động được (đ)");
		assertThat(money.getNumericCellValue()).isEqualTo(10_500_000);
		assertThat(shown(money)).isEqualTo("10.500.000");
		assertThat(tenth.table("Tổng hợp").cell("Ấp Cầu", "Hình ảnh hoạt động (ảnh)").getNumericCellValue())
			.isEqualTo(3);
	}

	private ExportFile workbookFile() {
		return files.stream().filter(f -> !f.content().picture()).findFirst().orElseThrow();
	}

	private static String title(FieldDef field) {
		return field.label() + " (" + field.unit() + ")";
	}

}
