package vn.baocao.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.Review;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;
import vn.baocao.roster.UserRef;
import vn.baocao.support.InMemoryReports;
import vn.baocao.support.SeedCampaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.export.ExportFixture.D11;
import static vn.baocao.export.ExportFixture.rev;

/**
 * The day's workbook of the whole seed, hamlets and organisations, read back: a sheet per
 * template the organisations use, each with its own columns; a field shared by templates
 * (gifts) totalled across the hamlets and the organisations against the commune's stated
 * target; each revision's review state on the revisions sheet.
 */
class OrganisationsWorkbookTest {

	static final Campaign SEED = SeedCampaign.whole();

	private final InMemoryReports reports = new InMemoryReports();

	private final List<Review> stored = new ArrayList<>();

	private final OpenedWorkbook workbook;

	OrganisationsWorkbookTest() {
		reports.addRevision("cau", D11,
				rev(D11, 1, "14:00", Timeliness.ON_TIME, "Lan", "residents", 30, "soldiers", 90, "gifts", 5));
		reports.addRevision("chuthapdo", D11,
				rev(D11, 1, "14:10", Timeliness.ON_TIME, "Lâm", "members", 8, "medical_checkups", 40, "gifts", 10));
		reports.addRevision("tramyte", D11,
				rev(D11, 1, "14:20", Timeliness.ON_TIME, "Hồng", "medical_checkups", 60, "medicine_given", 55));
		stored.add(new Review("chuthapdo", D11, 1, ReviewState.RETURNED, "thiếu số người được cấp thuốc",
				new UserRef(Channel.LOCAL, "son"), "Đỗ Ngọc Sơn", Instant.parse("2024-12-11T08:00:00Z")));
		stored.add(new Review("cau", D11, 1, ReviewState.ACCEPTED, null, new UserRef(Channel.LOCAL, "gam"),
				"Ngô Huỳnh Gấm", Instant.parse("2024-12-11T08:05:00Z")));
		Exports exports = new Exports(SEED, reports, ExportFixture.excuses(), new StoredReviews());
		ExportFile file = exports.daily(D11)
			.stream()
			.filter(f -> f.content().name().endsWith(".xlsx"))
			.findFirst()
			.orElseThrow();
		workbook = new OpenedWorkbook(file.content().bytes());
	}

	@Test
	void aSheetPerTemplateTheOrganisationsUseAfterTheHamletsDay() {
		assertThat(workbook.sheetNames()).startsWith("Tổng hợp")
			.contains("Ban ngành (chuthapdo)", "Ban ngành (yte)", "Ban ngành (doanthe)", "Ban ngành (llvt)", "Lũy kế",
					"Các lần gửi");
		OpenedWorkbook.Table hamlets = workbook.table("Tổng hợp");
		assertThat(hamlets.rows("Hội Chữ thập đỏ xã")).isEmpty();
		assertThat(hamlets.rows("Ấp Cầu")).hasSize(1);

		OpenedWorkbook.Table redCross = workbook.table("Ban ngành (chuthapdo)");
		assertThat(redCross.titles()).startsWith("STT", "Đơn vị", "Tình trạng", "Gửi lúc")
			.contains("Số lượt khám bệnh, tư vấn sức khỏe (lượt)",
					"Số nhà hảo tâm, mạnh thường quân tham gia (đơn vị)");
		assertThat(number(redCross.cell("Hội Chữ thập đỏ xã", "Số lượt khám bệnh, tư vấn sức khỏe (lượt)")))
			.isEqualByComparingTo("40");
		OpenedWorkbook.Table health = workbook.table("Ban ngành (yte)");
		assertThat(number(health.cell("Trạm y tế xã", "Số người được cấp thuốc miễn phí (người)")))
			.isEqualByComparingTo("55");
		assertThat(workbook.table("Ban ngành (doanthe)").rows("Hội Nông dân xã")).hasSize(1);
	}

	@Test
	void aSharedFieldIsTotalledAcrossBothKindsAgainstTheCommunesTarget() {
		OpenedWorkbook.Table running = workbook.table("Lũy kế");
		assertThat(number(running.cell("Số phần quà đã tặng", "Kết quả"))).isEqualByComparingTo("15");
		assertThat(number(running.cell("Số phần quà đã tặng", "Chỉ tiêu"))).isEqualByComparingTo("25");
		assertThat(number(running.cell("Khám bệnh, tư vấn sức khỏe, cấp thuốc", "Kết quả")))
			.isEqualByComparingTo("100");
	}

	@Test
	void theRevisionsSheetShowsEachRevisionsReview() {
		OpenedWorkbook.Table revisions = workbook.table("Các lần gửi");
		assertThat(OpenedWorkbook.shown(revisions.cell("Hội Chữ thập đỏ xã", "Duyệt")))
			.isEqualTo("cần bổ sung (Đỗ Ngọc Sơn): thiếu số người được cấp thuốc");
		assertThat(OpenedWorkbook.shown(revisions.cell("Ấp Cầu", "Duyệt"))).isEqualTo("đã duyệt (Ngô Huỳnh Gấm)");
		assertThat(OpenedWorkbook.shown(revisions.cell("Trạm y tế xã", "Duyệt"))).isEqualTo("chờ duyệt");
	}

	private static BigDecimal number(org.apache.poi.ss.usermodel.Cell cell) {
		return BigDecimal.valueOf(cell.getNumericCellValue());
	}

	private final class StoredReviews implements Reviews {

		@Override
		public void add(Review review) {
			stored.add(review);
		}

		@Override
		public List<Review> of(String unitCode, LocalDate day) {
			return stored.stream().filter(r -> r.unitCode().equals(unitCode) && r.day().equals(day)).toList();
		}

		@Override
		public List<Review> between(LocalDate firstDay, LocalDate lastDay) {
			return stored.stream().filter(r -> !r.day().isBefore(firstDay) && !r.day().isAfter(lastDay)).toList();
		}

	}

}
