package vn.baocao.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that is not a plan: exit 2, nothing on standard output, one clear line on
 * standard error.
 */
class NotAPlanTest {

	@TempDir
	Path dir;

	@Test
	void textWithoutHamletsIsNotAPlan() {
		Path news = Drafting.write(dir, "tin.txt", """
				Tin tức: Hội nghị tổng kết công tác năm 2024
				Sáng 20/12/2024, UBND xã tổ chức hội nghị tổng kết, có 120 đại biểu tham dự.
				Đồng chí Chủ tịch phát biểu chỉ đạo: từ 13h30 đến 15h00 các ban ngành báo cáo.
				""");
		assertRefused(Drafting.draft(news),
				"tin.txt không phải một kế hoạch đọc được: không thấy dòng ấp nào dạng \"- Ấp Cầu: …\", nên không lập được danh sách ấp.");
	}

	@Test
	void anEmptyFileIsNotAPlan() {
		assertRefused(Drafting.draft(Drafting.write(dir, "trong.txt", "")), "trong.txt không phải một kế hoạch");
	}

	@Test
	void aPictureIsNotText() throws IOException {
		Path png = dir.resolve("anh.png");
		Files.write(png, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, (byte) 0xFF });
		assertRefused(Drafting.draft(png), png + " không phải văn bản (UTF-8) hay tệp .docx");
	}

	@Test
	void anOldWordFileIsAskedToBeSavedAsDocx() throws IOException {
		Path doc = dir.resolve("ke-hoach.doc");
		Files.write(doc, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 });
		assertRefused(Drafting.draft(doc), doc + " là tệp Word cũ (.doc): hãy mở bằng Word, lưu thành .docx");
	}

	@Test
	void aBrokenDocxIsRefused() throws IOException {
		Path docx = dir.resolve("hong.docx");
		Files.write(docx, new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 });
		assertRefused(Drafting.draft(docx), docx + " không mở được như một tệp Word .docx.");
	}

	@Test
	void aWordDocumentThatIsNotAPlanIsRefused() throws IOException {
		Path docx = dir.resolve("thu-moi.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			document.createParagraph()
				.createRun()
				.setText("THƯ MỜI dự lễ ra quân lúc 07 giờ 30 phút, ngày 10/12/2024.");
			document.write(out);
		}
		assertRefused(Drafting.draft(docx), "thu-moi.docx không phải một kế hoạch đọc được");
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = dir.resolve("khong-co.txt");
		assertRefused(Drafting.draft(missing), "Không tìm thấy tệp " + missing + ".");
	}

	@Test
	void wrongArgumentsShowTheUsage() {
		assertRefused(Drafting.run(List.of(DraftCampaign.FLAG)),
				"Cách dùng: java -jar target/baocao-bot.jar --draft-campaign");
		assertRefused(Drafting.run(List.of(DraftCampaign.FLAG, "a.txt", "--output", "b.yml")), "Cách dùng:");
	}

	@Test
	void noFileIsWrittenForWhatIsNotAPlan() {
		Path out = dir.resolve("campaign.yml");
		Drafting.Result result = Drafting.run(List.of(DraftCampaign.FLAG,
				Drafting.write(dir, "x.txt", "xin chào").toString(), "--out", out.toString()));
		assertThat(result.exit()).isEqualTo(2);
		assertThat(out).doesNotExist();
	}

	private static void assertRefused(Drafting.Result result, String message) {
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.stdout()).isEmpty();
		assertThat(result.stderr()).singleElement().asString().startsWith(message);
	}

}
