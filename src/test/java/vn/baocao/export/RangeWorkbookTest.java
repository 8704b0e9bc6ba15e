package vn.baocao.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.export.ExportFixture.D10;
import static vn.baocao.export.ExportFixture.D12;
import static vn.baocao.export.ExportFixture.SEED;
import static vn.baocao.export.OpenedWorkbook.fill;
import static vn.baocao.export.OpenedWorkbook.shown;

/**
 * The workbook of 10/12 to 12/12 opened with POI: results against every target, each
 * hamlet's progress, participation, and a sheet per day; figures worked out by hand from
 * the fixture's reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RangeWorkbookTest {

	private final Exports exports = new Exports(SEED, ExportFixture.reports(), ExportFixture.excuses());

	private final ExportFile file = exports.range(D10, D12);

	private final OpenedWorkbook workbook = new OpenedWorkbook(file.content().bytes());

	@Test
	void resultsProgressParticipationThenASheetPerDay() {
		assertThat(file.content().name()).isEqualTo("baocao-2024-12-10-den-2024-12-12.xlsx");
		assertThat(file.caption()).isEqualTo("Bảng tổng hợp từ ngày 10/12/2024 đến ngày 12/12/2024 (Excel)");
		assertThat(workbook.sheetNames()).containsExactly("Kết quả", "Tiến độ từng ấp", "Chuyên cần", "10-12", "11-12",
				"12-12");
		assertThat(workbook.table("11-12").cell("Ấp Cầu", "Phát quang, dọn vệ sinh đường (m)").getNumericCellValue())
			.isEqualTo(1200);
		assertThat(workbook.table("12-12").cell("Ấp Gò Cát", "Tình trạng").getStringCellValue()).isEqualTo("Trễ hạn");
	}

	@Test
	void resultsAgainstEveryTargetWithPercent() {
		OpenedWorkbook.Table results = workbook.table("Kết quả");
		// 1.330 + 1.200 (the amendment) + 600 + 500 of 9.900 m
		Row cleared = results.row("Phát quang, dọn vệ sinh đường");
		assertThat(cleared.getCell(results.column("Kết quả")).getNumericCellValue()).isEqualTo(3630);
		assertThat(cleared.getCell(results.column("Chỉ tiêu")).getNumericCellValue()).isEqualTo(9900);
		assertThat(cleared.getCell(results.column("Tỷ lệ đạt")).getNumericCellValue()).isCloseTo(3630.0 / 9900,
				Offset.offset(1e-9));
		assertThat(shown(cleared.getCell(results.column("Tỷ lệ đạt")))).isEqualTo("36.7%");
		Row money = results.row("Tiền vận động được");
		assertThat(shown(money.getCell(results.column("Kết quả")))).isEqualTo("10.500.000");
		assertThat(shown(money.getCell(results.column("Chỉ tiêu")))).isEqualTo("90.000.000");
		// reported but without a target: no target, no percent
		Row residents = results.row("Số người dân tham gia");
		assertThat(residents.getCell(results.column("Kết quả")).getNumericCellValue()).isEqualTo(157);
		assertThat(residents.getCell(results.column("Tỷ lệ đạt")).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(results.notes())
			.contains("Đối ứng dân : LLVT (tối thiểu 1 : 3) trong kỳ: 157 : 480 (1 : 3,1): Chưa đạt");
	}

	@Test
	void eachHamletAgainstItsOwnTargets() {
		OpenedWorkbook.Table progress = workbook.table("Tiến độ từng ấp");
		assertThat(progress.rows("Ấp Cầu")).hasSize(SEED.hamlet("cau").orElseThrow().targets().size());
		Row cauCleared = progress.rows("Ấp Cầu")
			.stream()
			.filter(r -> r.getCell(2).getStringCellValue().equals("Phát quang, dọn vệ sinh đường"))
			.findFirst()
			.orElseThrow();
		assertThat(cauCleared.getCell(progress.column("Kết quả")).getNumericCellValue()).isEqualTo(2530);
		assertThat(cauCleared.getCell(progress.column("Chỉ tiêu")).getNumericCellValue()).isEqualTo(3500);
		Row traiBiHouses = progress.rows("Ấp Trại Bí")
			.stream()
			.filter(r -> r.getCell(2).getStringCellValue().startsWith("Nhà đại đoàn kết hoàn thành"))
			.findFirst()
			.orElseThrow();
		Cell reached = traiBiHouses.getCell(progress.column("Tỷ lệ đạt"));
		assertThat(reached.getNumericCellValue()).isEqualTo(1.0);
		assertThat(fill(reached)).isEqualTo("CCFFCC");
	}

	@Test
	void participationCountsEveryHamletsDays() {
		OpenedWorkbook.Table participation = workbook.table("Chuyên cần");
		assertCounts(participation, "Ấp Cầu", 3, 2, 0, 1, 0);
		assertCounts(participation, "Ấp Trại Bí", 3, 0, 1, 2, 0);
		assertCounts(participation, "Ấp Bàu Đưng", 3, 0, 0, 2, 1);
		assertCounts(participation, "Tổng cộng", 24, 6, 2, 15, 1);
		// Cầu: 2 on time of 3 days
		assertThat(participation.cell("Ấp Cầu", "Tỷ lệ đúng hạn").getNumericCellValue()).isCloseTo(2.0 / 3,
				Offset.offset(1e-9));
		// Bàu Đưng: 0 of the 2 days it had to report (one excused)
		assertThat(participation.cell("Ấp Bàu Đưng", "Tỷ lệ đúng hạn").getNumericCellValue()).isZero();
		assertThat(fill(participation.cell("Ấp Trại Bí", "Trễ hạn"))).isEqualTo("FFCC99");
	}

	private static void assertCounts(OpenedWorkbook.Table table, String hamlet, int days, int onTime, int late,
			int missing, int excused) {
		assertThat(table.cell(hamlet, "Số ngày").getNumericCellValue()).as(hamlet).isEqualTo(days);
		assertThat(table.cell(hamlet, "Đúng hạn").getNumericCellValue()).as(hamlet).isEqualTo(onTime);
		assertThat(table.cell(hamlet, "Trễ hạn").getNumericCellValue()).as(hamlet).isEqualTo(late);
		assertThat(table.cell(hamlet, "Chưa báo cáo").getNumericCellValue()).as(hamlet).isEqualTo(missing);
		assertThat(table.cell(hamlet, "Được vắng").getNumericCellValue()).as(hamlet).isEqualTo(excused);
	}

}
