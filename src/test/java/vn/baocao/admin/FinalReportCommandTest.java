package vn.baocao.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.document.FinalReports;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.UserRef;
import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /finalreport (/soket) on the local channel over real HTTP, on the seed campaign: the
 * reply carries a .docx whose link downloads a document in the seed's own form with the
 * stored figures; bad days get an answer, not a file; others are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
class FinalReportCommandTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("soket.db").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Reports reports;

	LocalApi api;

	@BeforeEach
	void setUp() {
		api = new LocalApi(port);
		clock.set("2024-12-12T16:00");
		if (reports.find("cau", LocalDate.of(2024, 12, 10)).isEmpty()) {
			report("cau", "2024-12-10", "14:05", "cleared_m", 1330);
			report("cau", "2024-12-11", "15:30", "cleared_m", 1200);
		}
	}

	@Test
	void theAdminGetsTheProgressReportAsADocxThatDownloads() throws IOException {
		Reply reply = api.send("admin1", "admin1", "/soket").get(0);
		assertThat(reply.text())
			.startsWith("Báo cáo tiến độ đến ngày 12/12/2024, theo thể thức văn bản: tệp tiendo-2024-12-12.docx");
		assertThat(reply.file().name()).isEqualTo("tiendo-2024-12-12.docx");
		assertThat(reply.file().url()).matches("/api/local/files/[A-Za-z0-9_-]{22}");
		ResponseEntity<byte[]> download = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri(reply.file().url())
			.retrieve()
			.toEntity(byte[].class);
		assertThat(download.getHeaders().getContentType()).hasToString(FinalReports.DOCX);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download.getBody()))) {
			String text = new XWPFWordExtractor(doc).getText();
			assertThat(text).contains("ĐẢNG UỶ XÃ TÂN PHONG", "ĐẢNG CỘNG SẢN VIỆT NAM",
					"Tân Phong, ngày 12 tháng 12 năm 2024", "Số      -BC/BCĐ",
					"Tiến độ thực hiện Phối hợp liên ngành làm công tác dân vận đợt II năm 2024 (đến ngày 12/12/2024)",
					"Ấp Cầu\tPhát quang, dọn vệ sinh đường\t3.500 m\t2.530 m\t72,3 %", "PHÓ BÍ THƯ ĐẢNG ỦY",
					"Trương Thị Kim Xanh", "- Lưu Ban Chỉ đạo.");
		}
		assertThat(LocalApi.last(api.send("admin1", "admin1", "/nhatky 1"))).contains("/soket",
				"đến ngày 12/12/2024 → đã gửi tệp tiendo-2024-12-12.docx");
	}

	@Test
	void aDayOfTheCampaignAndDaysThatCannotBeReported() {
		assertThat(api.send("admin1", "admin1", "/finalreport 11/12").get(0).file().name())
			.isEqualTo("tiendo-2024-12-11.docx");
		assertThat(refusal("/soket 20/12"))
			.isEqualTo("Ngày 20/12/2024 chưa tới (hôm nay là 12/12/2024). Xin chọn hôm nay hoặc một ngày đã qua.");
		assertThat(refusal("/soket 05/12")).startsWith("Ngày 05/12/2024 không thuộc đợt báo cáo");
		assertThat(refusal("/soket cuối đợt")).startsWith("Cách dùng: /soket [đến ngày]");
		clock.set("2024-12-30T09:00");
		Reply after = api.send("admin1", "admin1", "/soket").get(0);
		assertThat(after.file().name()).isEqualTo("soket-2024-12-24.docx");
		assertThat(after.text()).startsWith("Báo cáo sơ kết cả đợt (đến ngày 24/12/2024)");
		clock.set("2024-12-01T09:00");
		assertThat(refusal("/soket")).startsWith("Đợt báo cáo chưa bắt đầu");
	}

	@Test
	void aLeadIsRefusedAndGetsNoFile() {
		List<Reply> replies = api.send("u1", "u1", "/soket");
		assertThat(replies).allMatch(r -> r.file() == null);
		assertThat(LocalApi.last(replies)).isEqualTo("Xin lỗi, lệnh này chỉ dành cho quản trị viên của Ban Chỉ đạo.");
	}

	private String refusal(String command) {
		List<Reply> replies = api.send("admin1", "admin1", command);
		assertThat(replies).allMatch(r -> r.file() == null);
		return LocalApi.last(replies);
	}

	private void report(String hamlet, String day, String time, Object... keyValues) {
		Map<String, Value> values = new LinkedHashMap<>();
		values.put("residents", new Value.Number(BigDecimal.TEN));
		values.put("soldiers", new Value.Number(BigDecimal.valueOf(30)));
		for (int i = 0; i < keyValues.length; i += 2) {
			values.put((String) keyValues[i],
					new Value.Number(BigDecimal.valueOf(((Number) keyValues[i + 1]).longValue())));
		}
		LocalDateTime at = LocalDateTime.parse(day + "T" + time);
		reports.addRevision(hamlet, LocalDate.parse(day), new Revision(1, values, new UserRef(Channel.LOCAL, "u1"),
				"Lan", at.atZone(VIETNAM).toInstant(),
				at.toLocalTime().isAfter(java.time.LocalTime.of(15, 0)) ? Timeliness.LATE : Timeliness.ON_TIME));
	}

}
