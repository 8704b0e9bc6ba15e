package vn.baocao.document;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import vn.baocao.campaign.Campaign;
import vn.baocao.messaging.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.document.SmallCampaign.D11;
import static vn.baocao.document.SmallCampaign.D12;

/**
 * The written report of the small campaign, opened again with POI: every figure against
 * what was worked out by hand from the stored reports (a late report, an amended one, an
 * excused day, a unit that never reported), the header and signature block of both forms,
 * the page set-up.
 */
class SoKetDocumentTest {

	private static final Texts TEXTS = new Texts("messages/document");

	private static byte[] docx(Campaign campaign, LocalDate lastDay) {
		SoKet soKet = new SoKetBuilder(campaign, TEXTS).build(lastDay, LocalDate.of(2024, 12, 27),
				SmallCampaign.reports(), SmallCampaign::excused, List.of(), 2);
		return new DocxWriter(campaign, TEXTS).write(soKet);
	}

	@Test
	void theCommuneTableHasEveryTargetPlannedDonePercentAndThePlansOwnTotal() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("party"), D12))) {
			List<List<String>> commune = doc.table("STT", "Chỉ tiêu", "Đơn vị tính");
			assertThat(commune.get(0)).containsExactly("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện",
					"Tỷ lệ", "Kế hoạch nêu");
			assertThat(commune).contains(List.of("1", "Số người dân tham gia", "người", "", "15", "", ""),
					List.of("2", "Số chiến sĩ tham gia", "người", "", "50", "", ""),
					List.of("3", "Phát quang đường", "m", "350", "360", "102,9 %", "400"),
					List.of("4", "Nhà đại đoàn kết", "căn", "1", "1", "100 %", ""));
			assertThat(doc.allText()).contains(
					"kế hoạch nêu tổng \"Phát quang đường\" là 400 m, trong khi chỉ tiêu của các đơn vị cộng lại là 350 m");
		}
	}

	@Test
	void eachUnitsTargetsAndItsDaysOnTimeLateExcusedAndMissing() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("party"), D12))) {
			List<List<String>> units = doc.table("STT", "Đơn vị", "Chỉ tiêu");
			assertThat(units.subList(1, units.size())).containsExactly(
					List.of("1", "Ấp A", "Phát quang đường", "100 m", "110 m", "110 %"),
					List.of("", "", "Nhà đại đoàn kết", "1 căn", "1 căn", "100 %"),
					List.of("2", "Ấp B", "Phát quang đường", "200 m", "250 m", "125 %"),
					List.of("3", "Ấp C", "Phát quang đường", "50 m", "0 m", "0 %"));
			List<List<String>> days = doc.table("STT", "Đơn vị", "Đúng giờ");
			assertThat(days.subList(1, days.size())).containsExactly(List.of("1", "Ấp A", "2", "1", "0", "0"),
					List.of("2", "Ấp B", "2", "0", "1", "0"), List.of("3", "Ấp C", "0", "0", "0", "3"),
					List.of("", "Tổng cộng", "4", "1", "1", "3"));
			assertThat(doc.allText())
				.contains("Đối ứng dân : LLVT cả đợt: 15 : 50 (1 : 3,3), chưa đạt yêu cầu tối thiểu 1:3.");
		}
	}

	@Test
	void difficultiesAreGroupedByUnitEachOnceAndNothingIsNotANote() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("party"), D12))) {
			List<String> paragraphs = doc.paragraphs();
			int a = paragraphs.indexOf("Ấp A:");
			int b = paragraphs.indexOf("Ấp B:");
			assertThat(a).isPositive();
			assertThat(b).isEqualTo(a + 2);
			assertThat(paragraphs.get(a + 1)).isEqualTo("- Thiếu xe chở đá");
			assertThat(paragraphs.get(b + 1)).isEqualTo("- Cần thêm đèn năng lượng mặt trời");
			assertThat(String.join("\n", paragraphs)).doesNotContain("- Không").doesNotContain("thiếu xe chở đá.");
		}
	}

	@Test
	void theAssessmentSaysWhatTheFiguresSay() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("party"), D12))) {
			assertThat(doc.paragraphs()).contains("II. ĐÁNH GIÁ CHUNG",
					"- Đợt công tác diễn ra 3 ngày, từ ngày 10/12/2024 đến ngày 12/12/2024.",
					"- Phát quang đường: thực hiện 360 m, vượt kế hoạch (350 m), đạt 102,9 %. "
							+ "2/3 đơn vị được giao chỉ tiêu này hoàn thành; chưa hoàn thành: Ấp C (0 %).",
					"- Nhà đại đoàn kết: thực hiện 1 căn, đạt 100 % kế hoạch (1 căn), hoàn thành chỉ tiêu. "
							+ "Cả 1 đơn vị được giao chỉ tiêu này đều hoàn thành.",
					"- Toàn xã hoàn thành 2/2 chỉ tiêu.",
					"- Báo cáo hằng ngày: 5/9 lượt đã báo cáo (4 đúng giờ, 1 trễ), 1 lượt vắng có lý do, "
							+ "3 lượt không báo cáo. Đơn vị còn bỏ ngày báo cáo: Ấp C (3 ngày).",
					"- Đối ứng dân : LLVT cả đợt là 15 : 50, chưa đạt yêu cầu tối thiểu 1:3.");
		}
	}

	@Test
	void commendationProposalsComeWithTheirFiguresBestFirst() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("party"), D12))) {
			assertThat(doc.paragraphs()).contains("III. ĐỀ NGHỊ KHEN THƯỞNG");
			List<List<String>> proposals = doc.table("STT", "Đơn vị", "Thành tích");
			assertThat(proposals.subList(1, proposals.size())).containsExactly(
					List.of("1", "Ấp B",
							"Phát quang đường: 250 m/200 m (125 %) | Báo cáo: 2 ngày đúng giờ, 0 ngày trễ, "
									+ "1 ngày vắng có lý do, 0 ngày không báo cáo",
							"125 %"),
					List.of("2", "Ấp A",
							"Phát quang đường: 110 m/100 m (110 %) | Nhà đại đoàn kết: 1 căn/1 căn (100 %) | "
									+ "Báo cáo: 2 ngày đúng giờ, 1 ngày trễ, 0 ngày vắng có lý do, 0 ngày không báo cáo",
							"105 %"));
		}
	}

	@Test
	void beforeTheLastDayItIsAProgressReportToThatDay() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("party"), D11))) {
			assertThat(doc.paragraphs()).contains("BÁO CÁO",
					"Tiến độ thực hiện Ra quân dân vận thử (đến ngày 11/12/2024)",
					"- Tính đến ngày 11/12/2024, đợt công tác đã qua 2/3 ngày.",
					"III. DỰ KIẾN ĐỀ NGHỊ KHEN THƯỞNG (tính đến nay)");
			List<List<String>> days = doc.table("STT", "Đơn vị", "Đúng giờ");
			assertThat(days.get(1)).containsExactly("1", "Ấp A", "2", "0", "0", "0");
			assertThat(days.get(3)).containsExactly("3", "Ấp C", "0", "0", "0", "2");
		}
	}

	@Test
	void thePartyFormHeaderAndTheSignatureBlock() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("party"), D12))) {
			List<List<String>> header = doc.tables().get(0);
			assertThat(header.get(0).get(0))
				.isEqualTo("ĐẢNG BỘ HUYỆN MẪU | ĐẢNG UỶ XÃ THỬ | BAN CHỈ ĐẠO DÂN VẬN | * | Số      -BC/BCĐ");
			assertThat(header.get(0).get(1)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM | Xã Thử, ngày 27 tháng 12 năm 2024");
			XWPFParagraph date = doc.doc.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(2);
			assertThat(date.getRuns().get(0).isItalic()).isTrue();
			assertThat(doc.paragraphs()).contains("BÁO CÁO", "Sơ kết Ra quân dân vận thử", "-----");
			List<List<String>> signature = doc.tables().get(doc.tables().size() - 1);
			assertThat(signature.get(0)).containsExactly("Nơi nhận: | - Ban Dân vận Huyện ủy, | - Lưu Ban Chỉ đạo.",
					"T/M BAN CHỈ ĐẠO | TRƯỞNG BAN | Nguyễn Văn Ký");
		}
	}

	@Test
	void theStateFormHeaderCarriesTheNationalNameAndMotto() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("state"), D12))) {
			List<List<String>> header = doc.tables().get(0);
			assertThat(header.get(0).get(0))
				.isEqualTo("ĐẢNG BỘ HUYỆN MẪU | ĐẢNG UỶ XÃ THỬ | BAN CHỈ ĐẠO DÂN VẬN | ————— | Số:      -BC/BCĐ");
			assertThat(header.get(0).get(1)).isEqualTo(
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc | Xã Thử, ngày 27 tháng 12 năm 2024");
			assertThat(doc.allText()).doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
		}
	}

	@Test
	void a4TheDecreesMarginsTimesNewRomanAndTableHeadersThatRepeat() throws Exception {
		try (OpenedDocument doc = new OpenedDocument(docx(SmallCampaign.campaign("state"), D12))) {
			CTPageSz size = doc.doc.getDocument().getBody().getSectPr().getPgSz();
			assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
			CTPageMar margins = doc.doc.getDocument().getBody().getSectPr().getPgMar();
			assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
			assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));
			for (XWPFParagraph p : doc.doc.getParagraphs()) {
				for (XWPFRun run : p.getRuns()) {
					assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
					assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 15.0);
				}
			}
			List<XWPFTable> grids = doc.doc.getTables().subList(1, doc.doc.getTables().size() - 1);
			assertThat(grids).hasSize(4).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
			assertThat(doc.allText()).contains("Có 2 ảnh các đơn vị gửi không lưu được");
		}
	}

}
