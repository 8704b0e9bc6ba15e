package vn.baocao.schedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import vn.baocao.report.Reports;
import vn.baocao.support.LocalApi;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that go with the summaries, on the seed campaign and its local committee
 * chat: the progress chart and the day's workbook after the daily summary, the whole
 * campaign's workbook after the final report, each stored once and downloadable; none
 * when the campaign file says {@code summary-files: false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
class SummaryFilesTest {

	static final LocalDate D10 = LocalDate.of(2024, 12, 10);

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("files.db").toString());
		registry.add("baocao.campaign-file",
				() -> vn.baocao.support.SeedCampaign.writeHamletsOnly(dir.resolve("seed-hamlets.yml")).toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Reports reports;

	@Autowired
	SummaryService summaries;

	@Autowired
	FinalReportService finalReport;

	@Autowired
	JdbcClient jdbc;

	LocalApi api;

	@BeforeEach
	void oneReport() {
		api = new LocalApi(port);
		clock.set("2024-12-10T14:00");
		if (reports.find("cau", D10).isEmpty()) {
			LeadScript.report(api, "u1", "40", "100", "1 7", "1.330", "10.500.000");
		}
	}

	@Test
	void theDailySummaryComesWithTheChartAndTheDaysWorkbookOnce() throws IOException {
		clock.set("2024-12-10T15:05:20");
		int before = files("committee").size();
		int storedBefore = stored();
		summaries.scheduledDaily(D10);
		summaries.scheduledDaily(D10);

		List<Map<String, Object>> out = out("committee");
		assertThat(out.get(out.size() - 3).get("text").toString()).startsWith("📋 TỔNG HỢP BÁO CÁO NGÀY 10/12/2024");
		List<Map<String, Object>> files = files("committee");
		assertThat(files).hasSize(before + 2);
		Map<String, Object> chart = files.get(files.size() - 2);
		Map<String, Object> workbook = files.get(files.size() - 1);
		assertThat(chart.get("text")).isEqualTo("Biểu đồ tiến độ so với chỉ tiêu đến ngày 10/12/2024");
		assertThat(name(chart)).isEqualTo("tiendo-2024-12-10.png");
		assertThat(workbook.get("text")).isEqualTo("Bảng tổng hợp ngày 10/12/2024 (Excel)");
		assertThat(name(workbook)).isEqualTo("baocao-2024-12-10.xlsx");
		assertThat(stored()).isEqualTo(storedBefore + 2);

		ResponseEntity<byte[]> png = download(chart);
		assertThat(png.getHeaders().getContentType()).hasToString("image/png");
		assertThat(png.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
		assertThat(ImageIO.read(new ByteArrayInputStream(png.getBody())).getWidth()).isEqualTo(1200);
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(download(workbook).getBody()))) {
			assertThat(xlsx.getSheet("Tổng hợp").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("BÁO CÁO TỔNG HỢP NGÀY 10/12/2024");
		}
	}

	@Test
	void theFinalReportComesWithTheWholeCampaignsWorkbookAndTheSoKetDocument() throws IOException {
		clock.set("2024-12-24T15:05:10");
		int before = files("committee").size();
		int beforeAdmin = files("admin1").size();
		finalReport.scheduledFinal();
		finalReport.scheduledFinal();

		List<Map<String, Object>> files = files("committee");
		assertThat(files).hasSize(before + 3);
		assertThat(name(files.get(files.size() - 3))).isEqualTo("tiendo-2024-12-24.png");
		Map<String, Object> workbook = files.get(files.size() - 2);
		assertThat(name(workbook)).isEqualTo("baocao-2024-12-10-den-2024-12-24.xlsx");
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(download(workbook).getBody()))) {
			// results, progress, participation, then 15 days
			assertThat(xlsx.getNumberOfSheets()).isEqualTo(3 + 15);
		}
		Map<String, Object> document = files.get(files.size() - 1);
		assertThat(name(document)).isEqualTo("soket-2024-12-24.docx");
		assertThat(document.get("text").toString()).startsWith("Báo cáo sơ kết (Word)");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(document).getBody()))) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM",
					"Sơ kết Phối hợp liên ngành làm công tác dân vận đợt II", "Trương Thị Kim Xanh");
		}
		// the admins get it privately too, once
		assertThat(files("admin1")).hasSize(beforeAdmin + 3);
		assertThat(name(files("admin1").get(beforeAdmin + 2))).isEqualTo("soket-2024-12-24.docx");
	}

	@Test
	void theSummaryCommandPostsTheFilesToo() {
		clock.set("2024-12-10T16:00");
		int before = files("committee").size();
		api.send("admin1", "admin1", "/tonghop 10/12");
		assertThat(files("committee")).hasSize(before + 2)
			.extracting(SummaryFilesTest::name)
			.endsWith("tiendo-2024-12-10.png", "baocao-2024-12-10.xlsx");
	}

	/**
	 * The same campaign with {@code summary-files: false}: the text alone, and /xuat
	 * still works.
	 */
	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@Import(TestClockConfig.class)
	class SwitchedOff {

		@DynamicPropertySource
		static void withoutFiles(DynamicPropertyRegistry registry) throws IOException {
			String seed = vn.baocao.support.SeedCampaign.hamletsOnlyYaml();
			String off = seed.replace("  summary-files: true\n", "  summary-files: false\n");
			assertThat(off).isNotEqualTo(seed);
			Path campaign = Files.writeString(dir.resolve("no-files.yml"), off);
			registry.add("baocao.campaign-file", campaign::toString);
			registry.add("baocao.db-path", () -> dir.resolve("no-files.db").toString());
		}

		@Test
		void theSummaryGoesAloneButAnAdminCanStillExport() {
			clock.set("2024-12-10T15:05:20");
			int before = out("committee").size();
			summaries.scheduledDaily(D10);
			List<Map<String, Object>> out = out("committee");
			assertThat(out).hasSize(before + 1);
			assertThat(out.get(out.size() - 1)).doesNotContainKey("file");
			assertThat(api.send("admin1", "admin1", "/xuat").get(0).file()).isNotNull();
		}

	}

	private ResponseEntity<byte[]> download(Map<String, Object> entry) {
		String url = ((Map<?, ?>) entry.get("file")).get("url").toString();
		return RestClient.create("http://127.0.0.1:" + port).get().uri(url).retrieve().toEntity(byte[].class);
	}

	private static String name(Map<String, Object> entry) {
		return ((Map<?, ?>) entry.get("file")).get("name").toString();
	}

	private List<Map<String, Object>> out(String chatId) {
		return api.transcript(chatId).stream().filter(e -> "out".equals(e.get("direction"))).toList();
	}

	private List<Map<String, Object>> files(String chatId) {
		return out(chatId).stream().filter(e -> e.containsKey("file")).toList();
	}

	private int stored() {
		return jdbc.sql("SELECT count(*) FROM stored_file").query(Integer.class).single();
	}

}
