package vn.baocao.draft;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Hamlet;
import vn.baocao.campaign.PlanLint;
import vn.baocao.campaign.Supervisor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans of the same genre from other communes (src/test/resources/draft): thôn and khu
 * phố instead of ấp, km and 1 000m, "căn", "phần", "suất", "triệu đồng", "tỷ", the
 * committee before the targets, titles on the "KẾ HOẠCH:" line, numbered and "+" hamlet
 * lines, and typing slips ("Thôn thôn Đông", "dọn vệ sịnh", "thắp sang", "Phụ trách xã
 * ấp").
 */
class OtherPlansDraftTest {

	private static final Path DIR = Path.of("src/test/resources/draft");

	@Test
	void hoaBinhThonPlanWithKmTyAndTheCommitteeBeforeTheTargets() {
		Drafting.Result draft = Drafting.draft(DIR.resolve("ke-hoach-nong-thon-moi-hoa-binh.txt"));
		assertThat(draft.exit()).isZero();
		Campaign c = draft.campaign();
		assertThat(c.name()).isEqualTo("Ra quân xây dựng nông thôn mới đợt 1 năm 2025");
		assertThat(c.schedule().startDate()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(c.schedule().endDate()).isEqualTo(LocalDate.of(2025, 3, 20));
		assertThat(c.schedule().opens()).isEqualTo(LocalTime.of(14, 0));
		assertThat(c.schedule().closes()).isEqualTo(LocalTime.of(16, 30));
		assertThat(c.hamlets()).extracting(Hamlet::code, Hamlet::name)
			.containsExactly(tuple("dong", "Thôn Đông"), tuple("tay", "Thôn Tây"), tuple("bac", "Thôn Bắc"));
		assertThat(targets(c, "dong"))
			.isEqualTo(Map.of("new_road_m", n(1200), "cleared_m", n(2000), "houses_finished", n(2)));
		assertThat(targets(c, "tay")).isEqualTo(Map.of("new_road_m", n(800), "cleared_m", n(2500), "gifts", n(50)));
		assertThat(targets(c, "bac"))
			.isEqualTo(Map.of("new_road_m", n(500), "cleared_m", n(1500), "houses_finished", n(3), "gifts", n(70)));
		// "phụ trách thôn Đông và thôn Tây": one member, two hamlets; "phụ trách chung"
		// none.
		assertThat(supervisors(c, "dong")).containsExactly("Trần Thị Bích");
		assertThat(supervisors(c, "tay")).containsExactly("Trần Thị Bích");
		assertThat(supervisors(c, "bac")).containsExactly("Lê Văn Cường");
		assertThat(c.statedTotals()).isEqualTo(Map.of("new_road_m", n(2500), "cleared_m", n(6000), "houses_finished",
				n(5), "gifts", n(120), "gifts_value_vnd", n(36_000_000)));
		// Gift value is stated for the commune only: the commune's own target, no
		// finding.
		assertThat(PlanLint.disagreements(c)).isEmpty();
		assertThat(draft.stderr()).anyMatch(l -> l.startsWith("TODO dòng 26: kế hoạch nghỉ thứ bảy, chủ nhật"))
			.anyMatch(l -> l.startsWith("TODO dòng 20: mẫu báo cáo không có trường cho việc ‘kênh mương’ (700m)"))
			.anyMatch(l -> l.startsWith("TODO dòng 17: không rõ số 0,5 tỷ đồng"))
			.hasSize(4);
		// A people's committee's plan: the state form, its number's symbol as a report's.
		assertThat(c.document().form()).isEqualTo(vn.baocao.campaign.DocumentSettings.Form.STATE);
		assertThat(c.document().number()).isEqualTo("/BC-BCĐ");
		assertThat(c.document().signer().title()).containsExactly("CHỦ TỊCH");
		assertThat(c.document().recipients()).containsExactly("Các thôn", "Lưu VP");
		assertThat(draft.stdout()).contains("# Người nhận báo cáo theo kế hoạch, nên là quản trị viên: Phạm Minh Đức")
			.contains("# dòng 12: \"1. Ông Nguyễn Văn An\"");
	}

	@Test
	void anLacKhuPhoPlanWithTheTitleOnItsLineSuatAndTy() {
		Drafting.Result draft = Drafting.draft(DIR.resolve("ke-hoach-ngay-thu-bay-an-lac.txt"));
		assertThat(draft.exit()).isZero();
		Campaign c = draft.campaign();
		assertThat(c.name()).isEqualTo("Tổ chức \"Ngày thứ bảy tình nguyện\" và dân vận khéo năm 2025");
		assertThat(c.id()).isEqualTo("to-chuc-ngay-thu-bay-tinh-nguyen-va-dan");
		assertThat(c.schedule().startDate()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(c.schedule().endDate()).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(c.schedule().reminders()).containsExactly(LocalTime.of(15, 30), LocalTime.of(17, 0));
		assertThat(c.hamlets()).extracting(Hamlet::code)
			.containsExactly("khu-pho-1", "khu-pho-2", "khu-pho-3", "khu-pho-4");
		assertThat(targets(c, "khu-pho-1"))
			.isEqualTo(Map.of("cleared_m", n(1200), "lighting_m", n(600), "money_vnd", n(150_000_000)));
		assertThat(targets(c, "khu-pho-2")).isEqualTo(Map.of("patched_m", n(350), "gifts", n(40)));
		assertThat(targets(c, "khu-pho-3"))
			.isEqualTo(Map.of("new_road_m", n(900), "houses_finished", n(1), "propaganda_sessions", n(4)));
		assertThat(targets(c, "khu-pho-4")).isEqualTo(Map.of("cleared_m", n(900), "money_vnd", n(1_200_000_000)));
		assertThat(c.statedTotals())
			.isEqualTo(Map.of("money_vnd", n(1_350_000_000), "gifts", n(40), "propaganda_sessions", n(4)));
		assertThat(PlanLint.disagreements(c)).isEmpty();
		assertThat(supervisors(c, "khu-pho-1")).containsExactly("Hoàng Thị Lan");
		assertThat(supervisors(c, "khu-pho-2")).containsExactly("Hoàng Thị Lan");
		// "phụ trách KP 4": an abbreviation the drafter does not guess at.
		assertThat(supervisors(c, "khu-pho-4")).isEmpty();
		assertThat(draft.stderr())
			.contains("TODO dòng 15: chưa thấy ai phụ trách ấp này trong phần phân công Ban Chỉ đạo: \"4. Khu phố 4\"");
		assertThat(draft.stdout()).contains("# dòng 22: \"3- Đ/c Đinh Công Sơn\"");
	}

	@Test
	void phuAnPlanAcrossNewYearWithABreakdownInBracketsAndASharePerHamlet() {
		Drafting.Result draft = Drafting.draft(DIR.resolve("ke-hoach-xuan-phu-an.txt"));
		assertThat(draft.exit()).isZero();
		Campaign c = draft.campaign();
		assertThat(c.schedule().startDate()).isEqualTo(LocalDate.of(2024, 12, 25));
		assertThat(c.schedule().endDate()).isEqualTo(LocalDate.of(2025, 1, 5));
		assertThat(c.schedule().opens()).isEqualTo(LocalTime.of(7, 30));
		assertThat(c.hamlets()).extracting(Hamlet::code, Hamlet::name)
			.containsExactly(tuple("ben-dinh", "Ấp Bến Đình"), tuple("phu-hoa", "Ấp Phú Hòa"),
					tuple("cay-sao", "Ấp Cây Sao"));
		// "1 000m" with Word's non-breaking space; "3 ấp/6 buổi" is 2 each; "(ấp Bến Đình
		// 30 phần, …)".
		assertThat(targets(c, "ben-dinh")).isEqualTo(
				Map.of("cleared_m", n(2000), "lighting_m", n(1200), "gifts", n(30), "propaganda_sessions", n(2)));
		assertThat(targets(c, "phu-hoa"))
			.isEqualTo(Map.of("cleared_m", n(1500), "gifts", n(30), "propaganda_sessions", n(2)));
		assertThat(targets(c, "cay-sao")).isEqualTo(
				Map.of("cleared_m", n(1000), "gifts", n(30), "money_vnd", n(50_000_000), "propaganda_sessions", n(2)));
		assertThat(c.statedTotals()).isEqualTo(Map.of("cleared_m", n(4500), "lighting_m", n(1200), "gifts", n(90),
				"gifts_value_vnd", n(45_000_000), "propaganda_sessions", n(6)));
		assertThat(supervisors(c, "phu-hoa")).containsExactly("Lâm Thị Mỹ");
		// Ấp Rạch Gốc has no line in the plan: named, not invented.
		assertThat(draft.stderr()).containsExactly(
				"TODO dòng 14: Tạ Quang Vinh phụ trách một ấp không có trong các dòng ấp của kế hoạch: \"phụ trách ấp Rạch Gốc\"",
				"TODO cả kế hoạch: không thấy số, ký hiệu của kế hoạch: điền number (ví dụ -BC/BCĐ)",
				"TODO cả kế hoạch: không thấy người ký ở cuối kế hoạch: điền signer",
				"TODO cả kế hoạch: không thấy mục Nơi nhận: điền recipients",
				"Đã ghi bản nháp ra đầu ra chuẩn: 3 ấp, 4 chỗ cần xem lại (TODO). Kiểm tra tiếp bằng --check-config.");
		// No national name, but the asterisk under the issuer: a party body's form, and
		// the district's committee above the commune's.
		assertThat(c.document().form()).isEqualTo(vn.baocao.campaign.DocumentSettings.Form.PARTY);
		assertThat(c.document().superior()).isEqualTo("HUYỆN ỦY CHÂU THÀNH");
		assertThat(c.document().issuer()).containsExactly("ĐẢNG ỦY XÃ PHÚ AN");
		// 90 × 500.000 đ = 45.000.000 đ: no complaint.
		assertThat(draft.stdout()).doesNotContain("kiểm tra lại số nào đúng");
	}

	@Test
	void aPlanWithoutAReportWindowIsDraftedWithATodoAndTheLoaderNamesTheMissingField() throws IOException {
		String plan = Files.readString(DIR.resolve("ke-hoach-xuan-phu-an.txt"))
			.replace(" về Thường trực Ban Chỉ đạo từ 7h30 đến 9h00", " về Thường trực Ban Chỉ đạo");
		Path file = Drafting.write(Files.createTempDirectory("draft"), "plan.txt", plan);
		Drafting.Result draft = Drafting.draft(file);
		assertThat(draft.exit()).isZero();
		assertThat(draft.stderr()).first()
			.isEqualTo(
					"TODO cả kế hoạch: không thấy giờ báo cáo hằng ngày (báo cáo … từ 13h30 đến 15h00): điền window");
		assertThat(draft.stdout()).contains("  # window: { opens: \"\", closes: \"\" }");
		org.assertj.core.api.Assertions.assertThatThrownBy(draft::campaign)
			.hasMessageContaining("campaign.window: required");
	}

	/**
	 * A duties section in another commune's plan: the units it names become
	 * organisations; a name no row of the table knows gets the default template and a
	 * TODO; a unit named like a hamlet's code gets a code of its own; no member oversees
	 * "các ngành", so no supervisor is drafted.
	 */
	@Test
	void aDutiesSectionGivesOrganisationsAndAnUnknownKindGetsTheDefaultTemplateWithATodo() throws IOException {
		String plan = Files.readString(DIR.resolve("ke-hoach-nong-thon-moi-hoa-binh.txt"))
			.replace("IV. THỜI GIAN THỰC HIỆN", """
					IV. NHIỆM VỤ CỦA CÁC NGÀNH
					- Hội Người cao tuổi xã: vận động hội viên tham gia.
					- Hợp tác xã Tây: hỗ trợ máy móc làm đường.
					- Đoàn Thanh niên xã: ra quân ngày chủ nhật xanh.

					V. THỜI GIAN THỰC HIỆN""");
		Path file = Drafting.write(Files.createTempDirectory("draft"), "plan.txt", plan);
		Drafting.Result draft = Drafting.draft(file);
		assertThat(draft.exit()).isZero();
		Campaign c = draft.campaign();
		assertThat(c.organisations()).extracting(o -> o.code(), o -> o.name(), o -> o.template())
			.containsExactly(tuple("hnct", "Hội Người cao tuổi xã", "doanthe"),
					tuple("htxt", "Hợp tác xã Tây", "report"),
					tuple("doan-thanh-nien", "Đoàn Thanh niên xã", "thanhnien"));
		assertThat(c.organisations()).allSatisfy(o -> assertThat(o.supervisors()).isEmpty());
		assertThat(draft.stderr()).anyMatch(l -> l.startsWith(
				"TODO dòng 24: tên đơn vị không cho biết mẫu báo cáo nào hợp: chọn một mẫu trong report-templates"));
	}

	private static Map<String, BigDecimal> targets(Campaign c, String code) {
		return c.hamlet(code).orElseThrow().targets();
	}

	private static List<String> supervisors(Campaign c, String code) {
		return c.hamlet(code).orElseThrow().supervisors().stream().map(Supervisor::name).toList();
	}

	private static BigDecimal n(long value) {
		return BigDecimal.valueOf(value);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
