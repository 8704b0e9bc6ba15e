package vn.baocao.document;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Timeliness;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.document.SmallCampaign.rev;

/**
 * The seed campaign's progress report to 12/12 (8 hamlets, 16 organisations, review on),
 * the health station given targets of its own template (100 examinations, 50 people given
 * medicine), opened again with POI. Worked out by hand:
 * <ul>
 * <li>Ấp Cầu: 10/12 on time (500 m cleared, a note), 11/12 excused, 12/12 late (200 m): 1
 * on time, 1 late, 1 excused; 10/12 accepted, 12/12 waiting.</li>
 * <li>Trạm y tế xã: 10/12 on time 40 examinations, 20 given medicine, a note; 11/12 on
 * time 30, amended late to 35 and 15, the same note; 12/12 late 30 and 20, 5 gifts. Done
 * 105 of 100 (105 %), 55 of 50 (110 %): 2 on time, 1 late, nothing missing; 10/12
 * accepted, 11/12 sent back, 12/12 waiting. Proposed for commendation (mean 107,5
 * %).</li>
 * <li>Xã đoàn (no targets): 10/12 on time, 20 volunteers; 11/12 missing; 12/12 excused.
 * Waiting.</li>
 * <li>Hội Chữ thập đỏ xã: no report at all, 3 days missing.</li>
 * </ul>
 * Everyone else: 3 days missing. 24 units × 3 days = 72: 4 on time, 2 late, 2 excused, 64
 * missing.
 */
class SoKetUnitsTest {

	private static final Texts TEXTS = new Texts("messages/document");

	private static final LocalDate D10 = LocalDate.of(2024, 12, 10);

	private static final LocalDate D11 = LocalDate.of(2024, 12, 11);

	private static final LocalDate D12 = LocalDate.of(2024, 12, 12);

	private static Campaign seed;

	private static OpenedDocument doc;

	@BeforeAll
	static void write() throws Exception {
		String yaml = Files.readString(Path.of("config/campaign.yml"));
		String station = "    template: yte\n";
		assertThat(yaml).contains(station);
		yaml = yaml.replace(station, station + "    targets: { medical_checkups: 100, medicine_given: 50 }\n");
		seed = CampaignLoader.parse("campaign.yml", new StringReader(yaml));
		assertThat(seed.review()).isTrue();
		Map<String, ReviewState> reviews = Map.of(Reviews.key("cau", D10), ReviewState.ACCEPTED,
				Reviews.key("tramyte", D10), ReviewState.ACCEPTED, Reviews.key("tramyte", D11), ReviewState.RETURNED);
		SoKet soKet = new SoKetBuilder(seed, TEXTS).build(D12, LocalDate.of(2024, 12, 13), reports(),
				SoKetUnitsTest::excused, reviews, List.of(), 0);
		doc = new OpenedDocument(new DocxWriter(seed, TEXTS).write(soKet));
	}

	static List<DailyReport> reports() {
		List<DailyReport> reports = new ArrayList<>();
		reports.add(new DailyReport("cau", D10, List.of(rev(D10, 1, "14:00", Timeliness.ON_TIME, "residents", 10,
				"soldiers", 30, "cleared_m", 500, "difficulties", "Đường lầy lội, xe không vào được"))));
		reports.add(new DailyReport("cau", D12,
				List.of(rev(D12, 1, "16:20", Timeliness.LATE, "residents", 8, "soldiers", 24, "cleared_m", 200))));
		reports.add(new DailyReport("tramyte", D10, List.of(rev(D10, 1, "14:05", Timeliness.ON_TIME, "medical_checkups",
				40, "medicine_given", 20, "difficulties", "Thiếu thuốc hạ sốt cho người già"))));
		reports.add(new DailyReport("tramyte", D11,
				List.of(rev(D11, 1, "14:30", Timeliness.ON_TIME, "medical_checkups", 30, "medicine_given", 10),
						rev(D11, 2, "17:00", Timeliness.LATE, "medical_checkups", 35, "medicine_given", 15,
								"difficulties", "thiếu thuốc hạ sốt  cho người già."))));
		reports.add(new DailyReport("tramyte", D12, List
			.of(rev(D12, 1, "15:40", Timeliness.LATE, "medical_checkups", 30, "medicine_given", 20, "gifts", 5))));
		reports
			.add(new DailyReport("xadoan", D10, List.of(rev(D10, 1, "14:50", Timeliness.ON_TIME, "volunteers", 20))));
		return reports;
	}

	static Map<String, String> excused(LocalDate day) {
		if (day.equals(D11)) {
			return Map.of("cau", "họp dân");
		}
		return day.equals(D12) ? Map.of("xadoan", "tập huấn") : Map.of();
	}

	@Test
	void anOrganisationsTableHasItsOwnTemplatesTargetsAfterTheHamlets() {
		assertThat(tableAfter("a) Các ấp").get(1)).containsExactly("1", "Ấp Cầu", "Phát quang, dọn vệ sinh đường",
				"3.500 m", "700 m", "20 %");
		List<List<String>> station = tableAfter("h) Ban, ngành, đoàn thể: Trạm y tế xã");
		assertThat(station.get(0)).containsExactly("STT", "Đơn vị", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ");
		assertThat(station.subList(1, station.size())).containsExactly(
				List.of("1", "Trạm y tế xã", "Số lượt khám bệnh, tư vấn sức khỏe", "100 lượt", "105 lượt", "105 %"),
				List.of("", "", "Số người được cấp thuốc miễn phí", "50 người", "55 người", "110 %"));
		// the hamlets' table comes before every organisation's
		String all = doc.allText();
		assertThat(all.indexOf("a) Các ấp")).isLessThan(all.indexOf("b) Ban, ngành, đoàn thể: Ban Chỉ huy Quân sự xã"));
	}

	@Test
	void anOrganisationWithoutTargetsShowsWhatItDidAndOneThatNeverReportedSaysSo() {
		assertThat(tableAfter("f) Ban, ngành, đoàn thể: Xã đoàn").get(1)).containsExactly("1", "Xã đoàn",
				"Số đoàn viên, thanh niên, sinh viên tình nguyện tham gia", "", "20 người", "");
		assertThat(tableAfter("e) Ban, ngành, đoàn thể: Hội Chữ thập đỏ xã").get(1)).containsExactly("1",
				"Hội Chữ thập đỏ xã", "(không giao chỉ tiêu, chưa có số liệu báo cáo)", "", "", "");
		// a template of several units ends with the group's sums
		List<List<String>> propaganda = tableAfter(
				"c) Ban, ngành, đoàn thể: Tuyên giáo Đảng ủy, Văn hóa và Thông tin, Tư pháp xã, "
						+ "Trung tâm Văn hóa, Thể thao và Đài Truyền thanh xã");
		assertThat(propaganda).hasSize(5);
	}

	@Test
	void theCommuneTableTotalsTheOrganisationsFigures() {
		List<List<String>> commune = doc.table("STT", "Chỉ tiêu", "Đơn vị tính");
		String checkups = seed.field("medical_checkups").orElseThrow().label();
		assertThat(commune)
			.anySatisfy(row -> assertThat(row.subList(1, 6)).containsExactly(checkups, "lượt", "100", "105", "105 %"));
		String gifts = seed.field("gifts").orElseThrow().label();
		// the plan's commune-wide 25 gifts is the target; the station gave 5
		assertThat(commune)
			.anySatisfy(row -> assertThat(row.subList(1, 6)).containsExactly(gifts, "phần", "25", "5", "20 %"));
	}

	@Test
	void everyUnitsDaysOnTimeLateExcusedAndMissing() {
		List<List<String>> days = doc.table("STT", "Đơn vị", "Đúng giờ");
		assertThat(days).hasSize(1 + 24 + 1);
		assertThat(days).contains(List.of("1", "Ấp Cầu", "1", "1", "1", "0"),
				List.of("17", "Hội Chữ thập đỏ xã", "0", "0", "0", "3"), List.of("18", "Xã đoàn", "1", "0", "1", "1"),
				List.of("21", "Trạm y tế xã", "2", "1", "0", "0"));
		assertThat(days.get(days.size() - 1)).containsExactly("", "Tổng cộng", "4", "2", "2", "64");
		String sentence = doc.paragraphs()
			.stream()
			.filter(p -> p.startsWith("- Báo cáo hằng ngày:"))
			.findFirst()
			.orElseThrow();
		assertThat(sentence)
			.startsWith("- Báo cáo hằng ngày: 6/72 lượt đã báo cáo (4 đúng giờ, 2 trễ), "
					+ "2 lượt vắng có lý do, 64 lượt không báo cáo. Đơn vị còn bỏ ngày báo cáo: ")
			.contains("Hội Chữ thập đỏ xã (3 ngày)", "Xã đoàn (1 ngày)")
			.doesNotContain("Trạm y tế xã", "Ấp Cầu");
	}

	@Test
	void theReviewTallyOfEveryUnit() {
		List<List<String>> reviews = doc.table("STT", "Đơn vị", "Đã duyệt");
		assertThat(reviews.get(0)).containsExactly("STT", "Đơn vị", "Đã duyệt", "Chờ duyệt", "Cần bổ sung");
		assertThat(reviews).contains(List.of("1", "Ấp Cầu", "1", "1", "0"), List.of("18", "Xã đoàn", "0", "1", "0"),
				List.of("21", "Trạm y tế xã", "1", "1", "1"));
		assertThat(reviews.get(reviews.size() - 1)).containsExactly("", "Tổng cộng", "2", "3", "1");
	}

	@Test
	void withReviewOffThereIsNoTally() throws Exception {
		String yaml = Files.readString(Path.of("config/campaign.yml"));
		assertThat(yaml).contains("\nreview: on\n");
		Campaign off = CampaignLoader.parse("campaign.yml",
				new StringReader(yaml.replace("\nreview: on\n", "\nreview: off\n")));
		SoKet soKet = new SoKetBuilder(off, TEXTS).build(D12, D12, reports(), SoKetUnitsTest::excused,
				Map.of(Reviews.key("cau", D10), ReviewState.ACCEPTED), List.of(), 0);
		assertThat(soKet.reviews()).isEmpty();
		try (OpenedDocument opened = new OpenedDocument(new DocxWriter(off, TEXTS).write(soKet))) {
			assertThat(opened.tables()).noneSatisfy(t -> assertThat(t.get(0)).contains("Đã duyệt"));
			assertThat(opened.table("STT", "Đơn vị", "Đúng giờ")).hasSize(1 + 24 + 1);
		}
	}

	@Test
	void theOrganisationsNotesAfterTheHamletsEachOnce() {
		List<String> paragraphs = doc.paragraphs();
		int hamlet = paragraphs.indexOf("Ấp Cầu:");
		int station = paragraphs.indexOf("Trạm y tế xã:");
		assertThat(hamlet).isPositive();
		assertThat(paragraphs.get(hamlet + 1)).isEqualTo("- Đường lầy lội, xe không vào được");
		assertThat(station).isEqualTo(hamlet + 2);
		assertThat(paragraphs.get(station + 1)).isEqualTo("- Thiếu thuốc hạ sốt cho người già");
		assertThat(paragraphs.get(station + 2)).doesNotContain("thuốc");
	}

	@Test
	void theAssessmentCountsTheOrganisationsTargets() {
		String checkups = seed.field("medical_checkups").orElseThrow().label();
		assertThat(doc.paragraphs()).contains("- " + checkups
				+ ": thực hiện 105 lượt, vượt kế hoạch (100 lượt), đạt 105 %. Cả 1 đơn vị được giao chỉ tiêu này đều hoàn thành.");
	}

	@Test
	void aCommendationCanNameAnOrganisationWithItsOwnFigures() {
		List<List<String>> proposals = doc.table("STT", "Đơn vị", "Thành tích");
		assertThat(proposals.subList(1, proposals.size())).containsExactly(List.of("1", "Trạm y tế xã",
				"Số lượt khám bệnh, tư vấn sức khỏe: 105 lượt/100 lượt (105 %) | "
						+ "Số người được cấp thuốc miễn phí: 55 người/50 người (110 %) | "
						+ "Báo cáo: 2 ngày đúng giờ, 1 ngày trễ, 0 ngày vắng có lý do, 0 ngày không báo cáo",
				"107,5 %"));
	}

	/** The rows of the first table after the paragraph that reads {@code title}. */
	private static List<List<String>> tableAfter(String title) {
		boolean seen = false;
		for (IBodyElement element : doc.doc.getBodyElements()) {
			if (element instanceof XWPFParagraph p && p.getText().equals(title)) {
				seen = true;
			}
			else if (seen && element instanceof XWPFTable table) {
				List<List<String>> rows = new ArrayList<>();
				for (XWPFTableRow row : table.getRows()) {
					rows.add(row.getTableCells().stream().map(OpenedDocument::text).toList());
				}
				return rows;
			}
		}
		throw new AssertionError("no table after \"" + title + "\" in\n" + doc.allText());
	}

}
