package vn.baocao.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.messaging.FileContent;
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
 * /export (/xuat) on the local channel over real HTTP, on the seed campaign: the admin's
 * reply carries a file whose link downloads a workbook that opens; bad days get an
 * answer, not a file; others are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
class ExportCommandTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("export.db").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Reports reports;

	LocalApi api;

	RestClient http;

	@BeforeEach
	void setUp() {
		api = new LocalApi(port);
		http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
		clock.set("2024-12-12T16:00");
		if (reports.find("cau", LocalDate.of(2024, 12, 10)).isEmpty()) {
			report("cau", "2024-12-10", "14:05", "cleared_m", 1330, "money_vnd", 10_500_000);
			report("moi", "2024-12-10", "14:20", "lighting_m", 200);
			report("cau", "2024-12-11", "15:30", "cleared_m", 1200);
		}
	}

	@Test
	void theAdminGetsTheWorkbookOfTheDaysSoFarAsALinkThatDownloads() throws IOException {
		List<Reply> replies = api.send("admin1", "admin1", "/xuat");

		Reply reply = replies.get(replies.size() - 1);
		assertThat(reply.text()).startsWith("Bảng tổng hợp Excel từ ngày 10/12/2024 đến ngày 12/12/2024");
		assertThat(reply.file()).isNotNull();
		assertThat(reply.file().name()).isEqualTo("baocao-2024-12-10-den-2024-12-12.xlsx");
		assertThat(reply.file().url()).matches("/api/local/files/[A-Za-z0-9_-]{22}");

		ResponseEntity<byte[]> download = http.get().uri(reply.file().url()).retrieve().toEntity(byte[].class);
		assertThat(download.getStatusCode().value()).isEqualTo(200);
		assertThat(download.getHeaders().getContentType()).hasToString(FileContent.XLSX);
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("baocao-2024-12-10-den-2024-12-12.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
			assertThat(workbook.getSheet("12-12")).isNotNull();
			var results = workbook.getSheet("Kết quả");
			List<Double> cleared = new ArrayList<>();
			results.forEach(row -> {
				if (row.getCell(1) != null && "Phát quang, dọn vệ sinh đường".equals(row.getCell(1).toString())) {
					cleared.add(row.getCell(3).getNumericCellValue());
				}
			});
			assertThat(cleared).containsExactly(2530.0);
		}
		assertThat(LocalApi.last(api.send("admin1", "admin1", "/nhatky 1"))).contains("/xuat",
				"từ 10/12/2024 đến 12/12/2024 → đã gửi tệp baocao-2024-12-10-den-2024-12-12.xlsx");
	}

	@Test
	void oneDayTwoDaysInAnyOrderAndDaysThatCannotBeExported() {
		assertThat(file("/export 11/12")).isEqualTo("baocao-2024-12-11-den-2024-12-11.xlsx");
		assertThat(file("/xuat 12/12 10/12")).isEqualTo("baocao-2024-12-10-den-2024-12-12.xlsx");
		assertThat(refusal("/xuat 20/12"))
			.isEqualTo("Ngày 20/12/2024 chưa tới (hôm nay là 12/12/2024). Xin chọn những ngày đã qua hoặc hôm nay.");
		assertThat(refusal("/xuat 05/12"))
			.startsWith("Ngày 05/12/2024 không thuộc đợt báo cáo (từ 10/12/2024 đến 24/12/2024)");
		assertThat(refusal("/xuat hôm qua")).startsWith("Cách dùng: /xuat [từ ngày] [đến ngày]")
			.contains("Ví dụ: /xuat hoặc /xuat 10/12 hoặc /xuat 10/12 24/12");
		assertThat(refusal("/xuat 10/12 11/12 12/12")).startsWith("Cách dùng: /xuat");
	}

	@Test
	void beforeTheCampaignThereIsNothingToExport() {
		clock.set("2024-12-01T09:00");
		assertThat(refusal("/xuat"))
			.isEqualTo("Đợt báo cáo chưa bắt đầu (ngày đầu: 10/12/2024), chưa có số liệu để xuất.");
	}

	@Test
	void aLeadIsRefusedAndGetsNoFile() {
		List<Reply> replies = api.send("u1", "u1", "/xuat");
		assertThat(replies).allMatch(r -> r.file() == null);
		assertThat(LocalApi.last(replies)).isEqualTo("Xin lỗi, lệnh này chỉ dành cho quản trị viên của Ban Chỉ đạo.");
	}

	@Test
	void aFileThatDoesNotExistIsNotFound() {
		for (String id : List.of("AAAAAAAAAAAAAAAAAAAAAA", "x", "..%2F..%2Fetc")) {
			ResponseEntity<String> answer = http.get()
				.uri("/api/local/files/" + id)
				.retrieve()
				.onStatus(status -> true, (request, response) -> {
				})
				.toEntity(String.class);
			assertThat(answer.getStatusCode().value()).as(id).isEqualTo(404);
			assertThat(answer.getBody()).as(id).contains("Không có tệp này");
		}
	}

	private String file(String command) {
		Reply reply = api.send("admin1", "admin1", command).get(0);
		assertThat(reply.file()).as(command + " → " + reply.text()).isNotNull();
		return reply.file().name();
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
		reports.addRevision(hamlet, LocalDate.parse(day),
				new Revision(1, values, new UserRef(Channel.LOCAL, "u1"), "Lan",
						LocalDateTime.parse(day + "T" + time).atZone(VIETNAM).toInstant(),
						time.compareTo("15:00") > 0 ? Timeliness.LATE : Timeliness.ON_TIME));
	}

}
