package vn.baocao.summary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.summary.SeedFixture.D12;
import static vn.baocao.summary.SeedFixture.SEED;
import static vn.baocao.summary.SeedFixture.VIETNAM;

class SummaryTextTest {

	private final Consolidator consolidator = new Consolidator(SEED);

	private final SummaryText text = new SummaryText(VIETNAM);

	private final String day12 = text
		.daily(consolidator.daily(D12, SeedFixture.reports(), Map.of("bau-dung", "Họp dân toàn ấp")), null);

	@Test
	void namesTheDayAndCountsTheHamletsThatReported() {
		assertThat(day12).startsWith("📋 TỔNG HỢP BÁO CÁO NGÀY 12/12/2024\n");
		assertThat(day12).contains("(ngày 3/15)").contains("\nĐã báo cáo: 3/8 ấp\n");
	}

	@Test
	void marksLateReportsAndListsTheMissingAndExcusedByName() {
		assertThat(day12).contains("• Ấp Sân Bay: gửi lúc 13:10\n", "• Ấp Gò Cát: gửi lúc 15:30 (trễ hạn)\n",
				"• Ấp Đồng Dài: gửi lúc 14:50\n");
		assertThat(day12).contains("Chưa báo cáo (4 ấp):\n• Ấp Cầu\n• Ấp Trại Bí\n• Ấp Mới\n• Ấp Xóm Tháp\n");
		assertThat(day12).contains("Vắng có lý do (1 ấp):\n• Ấp Bàu Đưng: Họp dân toàn ấp\n");
	}

	@Test
	void namesTheSupervisorBesideEachHamletStillMissing() {
		SummaryText withSupervisors = new SummaryText(VIETNAM,
				code -> SEED.hamlet(code).orElseThrow().supervisors().stream().map(s -> s.name()).toList());
		String summary = withSupervisors
			.daily(consolidator.daily(D12, SeedFixture.reports(), Map.of("bau-dung", "Họp dân toàn ấp")), null);
		assertThat(summary).contains("Chưa báo cáo (4 ấp):\n• Ấp Cầu (phụ trách: Ngô Huỳnh Gấm)\n"
				+ "• Ấp Trại Bí (phụ trách: Nguyễn Thế Giang)\n• Ấp Mới (phụ trách: Lê Thị Tươi)\n"
				+ "• Ấp Xóm Tháp (phụ trách: Võ Tuấn Kiệt)\n");
	}

	@Test
	void writesFiguresTheVietnameseWay() {
		assertThat(day12).contains("Số liệu trong ngày:\n• Số người dân tham gia: 52 người\n");
		assertThat(day12).contains("• Phát quang, dọn vệ sinh đường: 1.100 m\n");
		assertThat(day12).contains("• Trị giá quà tặng: 2.500.000 đ\n");
		assertThat(day12).contains("Lũy kế từ 10/12/2024 đến 12/12/2024, so với chỉ tiêu:\n");
		assertThat(day12).contains("• Phát quang, dọn vệ sinh đường: 3.630 m / chỉ tiêu 9.900 m (36,7%)\n");
		assertThat(day12).contains("• Tiền vận động được: 10.500.000 đ / chỉ tiêu 90.000.000 đ (11,7%)\n");
		assertThat(day12).contains("• Số người dân tham gia: 157 người\n");
	}

	@Test
	void saysWhetherTheRatioIsMet() {
		assertThat(day12).contains("Đối ứng dân : LLVT (yêu cầu ít nhất 1 : 3):\n");
		assertThat(day12).contains("• Trong ngày: 52 : 150, tức 1 : 2,9: đạt\n");
		assertThat(day12).contains("• Lũy kế: 157 : 480, tức 1 : 3,1: chưa đạt\n");
		assertThat(day12).endsWith("• Ấp chưa đạt trong ngày: Ấp Gò Cát (15 : 60, tức 1 : 4)");
	}

	@Test
	void aLateSummarySaysSoRightUnderItsTitle() {
		SentLate late = new SentLate(LocalDateTime.parse("2024-12-12T15:05").atZone(VIETNAM).toInstant(),
				LocalDateTime.parse("2024-12-12T15:42").atZone(VIETNAM).toInstant());
		String sent = text.daily(consolidator.daily(D12, SeedFixture.reports(), Map.of()), late);
		assertThat(sent.lines().toList().get(2)).isEqualTo(
				"⏰ Gửi muộn: bản tổng hợp này lẽ ra gửi lúc 15:05 ngày 12/12/2024; bot tạm ngừng hoạt động nên đến 15:42 ngày 12/12/2024 mới gửi.");
	}

	@Test
	void aDayWithoutReportsSaysSo() {
		String empty = text.daily(consolidator.daily(SeedFixture.D10, List.of(), Map.of()), null);
		assertThat(empty).contains("Đã báo cáo: 0/8 ấp\n", "Chưa báo cáo (8 ấp):",
				"Số liệu trong ngày:\n(chưa có số liệu)", "• Trong ngày: chưa có số liệu");
	}

	@Test
	void finalReportGivesEachHamletsDaysAndTargets() {
		String report = text.campaign(consolidator.campaign(SeedFixture.reports(), day -> Map.of()), null);
		assertThat(report).startsWith("📊 SƠ KẾT ĐỢT: Phối hợp liên ngành làm công tác dân vận đợt II năm 2024\n"
				+ "Từ 10/12/2024 đến 24/12/2024 (15 ngày)\n");
		assertThat(report).contains("• Phát quang, dọn vệ sinh đường: 3.630 m / chỉ tiêu 9.900 m (36,7%)\n");
		assertThat(report).contains("• Cả đợt: 157 : 480, tức 1 : 3,1: chưa đạt\n");
		assertThat(report).contains("• Ấp Cầu: 2 đúng hạn, 0 trễ hạn, 13 chưa báo cáo\n"
				+ "   – Phát quang, dọn vệ sinh đường: 2.530 m / 3.500 m (72,3%)\n");
		assertThat(report).contains("• Ấp Trại Bí: 0 đúng hạn, 1 trễ hạn, 14 chưa báo cáo\n");
	}

}
