package vn.baocao.communes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.quartz.Scheduler;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.client.RestClient;

import vn.baocao.campaign.Campaigns;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Value;
import vn.baocao.report.ViNumber;
import vn.baocao.schedule.FireSummaryJob;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.LocalApi;
import vn.baocao.support.MutableClock;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A district on one deployment (BAOCAO_CAMPAIGN_DIR, two communes and district.yml), the
 * whole application on a real SQLite file driven through the local channel: each commune
 * keeps to itself, a person in both picks once, the district summary follows the
 * communes' summaries once with figures equal to their stored reports, /xa lists the
 * communes, an ended campaign stays exportable, a file added later starts a new campaign.
 */
class SeveralCampaignsTest {

	static final String TAN_PHONG = "tanphong-2024-dot2";

	static final String TAN_BINH = "tanbinh-2024-dot2";

	static final LocalDate DAY = LocalDate.of(2024, 12, 10);

	@TempDir
	Path dir;

	RunningBot start(Path folder) {
		return RunningBot.start(dir.resolve("baocao.db"), "baocao.campaign-dir=" + folder);
	}

	private Path folder() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("campaigns"));
		for (String file : List.of("tanphong.yml", "tanbinh.yml", "district.yml")) {
			Files.copy(Path.of("src/test/resources/district", file), folder.resolve(file));
		}
		return folder;
	}

	@Test
	void aLeadOfOneCommuneNeverSeesTheOther() throws IOException {
		try (RunningBot bot = start(folder())) {
			LocalApi api = bot.local();
			report(api, "a1", "120", "1.330m");

			assertThat(LocalApi.all(api.send("b1", "b1", "/xem"))).doesNotContain("Ấp Cầu").doesNotContain("1.330");
			String status = LocalApi.all(api.send("pb", "pb", "/tinhhinh"));
			assertThat(status).contains("Ấp Tây", "Ấp Đông").doesNotContain("Ấp Cầu").doesNotContain("Ấp Mới");
			assertThat(LocalApi.all(api.send("pb", "pb", "/phancong cau b1"))).doesNotContain("đã là người báo cáo");
			assertThat(LocalApi.all(api.send("b1", "b1", "/baocao"))).contains("Ấp Tây").doesNotContain("Ấp Cầu");

			Campaigns campaigns = bot.bean(Campaigns.class);
			assertThat(campaigns.bean(TAN_PHONG, Reports.class).forDay(DAY)).extracting(DailyReport::hamletCode)
				.containsExactly("cau");
			assertThat(campaigns.bean(TAN_BINH, Reports.class).forDay(DAY)).isEmpty();
			assertThat(campaigns.bean(TAN_BINH, Reports.class).find("cau", DAY)).isEmpty();
			// the admin of one commune is nobody in the other
			assertThat(LocalApi.all(api.send("pa", "pa", "/tinhhinh"))).contains("Ấp Cầu").doesNotContain("Ấp Tây");
		}
	}

	@Test
	void aPersonInTwoCommunesPicksOnceAndSwitchesWithDoixa() throws IOException {
		try (RunningBot bot = start(folder())) {
			LocalApi api = bot.local();
			Reply ask = api.send("both", "both", "/baocao").get(0);
			assertThat(ask.text()).contains("2 xã");
			assertThat(ask.options()).extracting(LocalApi.Option::label).containsExactly("Xã Tân Bình", "Xã Tân Phong");
			assertThat(LocalApi.last(api.press("both", "both", ask.payload("Xã Tân Phong")))).contains("Xã Tân Phong");
			assertThat(LocalApi.all(api.send("both", "both", "/baocao"))).contains("Ấp Cầu");

			Reply again = api.send("both", "both", "/doixa").get(0);
			api.press("both", "both", again.payload("Xã Tân Bình"));
			assertThat(LocalApi.all(api.send("both", "both", "/baocao"))).contains("Ấp Tây").doesNotContain("Ấp Cầu");
		}
		try (RunningBot bot = start(dir.resolve("campaigns"))) {
			assertThat(LocalApi.all(bot.local().send("both", "both", "/baocao")))
				.as("the pick is kept across a restart")
				.contains("Ấp Tây");
		}
	}

	@Test
	void theDistrictSummaryFollowsTheCommunesSummariesOnceWithTheirFigures() throws IOException {
		try (RunningBot bot = start(folder())) {
			LocalApi api = bot.local();
			report(api, "a1", "120", "1.330m");
			report(api, "a2", "50", "200 m");
			report(api, "b1", "30", "0,5 km");
			bot.bean(MutableClock.class).set("2024-12-10T15:05");
			Campaigns campaigns = bot.bean(Campaigns.class);
			Scheduler scheduler = bot.bean(Scheduler.class);

			FireSummaryJob.fire(scheduler, TAN_PHONG, DAY);
			await().atMost(Duration.ofSeconds(30)).until(() -> !texts(api, "committee-tp").isEmpty());
			assertThat(texts(api, "committee-tp").get(0)).asString().contains("Đã báo cáo: 2/2 ấp");
			assertThat(texts(api, "committee-huyen")).as("Tân Bình's summary has not run").isEmpty();

			FireSummaryJob.fire(scheduler, TAN_BINH, DAY);
			await().atMost(Duration.ofSeconds(30)).until(() -> outgoing(api, "committee-huyen").size() == 2);
			int communeMessages = texts(api, "committee-tb").size();
			FireSummaryJob.fire(scheduler, TAN_BINH, DAY);
			FireSummaryJob.fire(scheduler, TAN_PHONG, DAY);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> bot.bean(Scheduler.class).getCurrentlyExecutingJobs().isEmpty());
			bot.bean(DistrictSummaries.class).posted(TAN_BINH, DAY);
			assertThat(texts(api, "committee-tb")).as("the commune's summary, once").hasSize(communeMessages);

			List<Map<String, Object>> out = outgoing(api, "committee-huyen");
			assertThat(out).as("the text and the workbook, once").hasSize(2);
			String text = (String) out.get(0).get("text");
			BigDecimal cleared = sum(campaigns, "cleared_m");
			BigDecimal residents = sum(campaigns, "residents");
			assertThat(cleared).isEqualByComparingTo("2030");
			assertThat(text).contains("ngày 10/12/2024", "Huyện Tân Biên", "Toàn huyện đã báo cáo: 3/4 đơn vị")
				.contains("• Xã Tân Phong: đã báo cáo đủ 2/2 đơn vị")
				.contains("• Xã Tân Bình: đã báo cáo 1/2 đơn vị; chưa báo cáo 1: Ấp Đông")
				.contains("• Phát quang đường: " + ViNumber.format(cleared, "m") + " / chỉ tiêu 11.000 m (18,5%)")
				.contains("• Số người dân tham gia: " + ViNumber.format(residents, "người"));

			@SuppressWarnings("unchecked")
			Map<String, Object> file = (Map<String, Object>) out.get(1).get("file");
			byte[] workbook = RestClient.create("http://localhost:" + bot.port())
				.get()
				.uri((String) file.get("url"))
				.retrieve()
				.body(byte[].class);
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
				Sheet overview = book.getSheet("Tổng hợp huyện");
				assertThat(row(overview, "Xã Tân Phong").getCell(1).getNumericCellValue()).isEqualTo(2);
				// residents (no target: done only), then cleared_m (done, target,
				// percent)
				assertThat(row(overview, "Xã Tân Phong").getCell(3).getNumericCellValue()).isEqualTo(170);
				assertThat(row(overview, "Xã Tân Phong").getCell(6).getNumericCellValue()).isEqualTo(1530);
				assertThat(row(overview, "Xã Tân Phong").getCell(7).getNumericCellValue()).isEqualTo(7000);
				assertThat(row(overview, "Xã Tân Bình").getCell(6).getNumericCellValue()).isEqualTo(500);
				Row all = row(overview, "Toàn huyện");
				assertThat(all.getCell(1).getNumericCellValue()).isEqualTo(3);
				assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(4);
				assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(residents.doubleValue());
				assertThat(all.getCell(6).getNumericCellValue()).isEqualTo(cleared.doubleValue());
				assertThat(all.getCell(8).getNumericCellValue()).isEqualTo(18.5);
				assertThat(all.getCell(7).getNumericCellValue()).isEqualTo(11000);
				assertThat(book.getSheet("Xã Tân Bình").getRow(1).getCell(3).getStringCellValue()).isEqualTo("Ấp Đông");
			}
		}
	}

	@Test
	void districtAdminsListTheCommunesAndOthersAreRefused() throws IOException {
		try (RunningBot bot = start(folder())) {
			LocalApi api = bot.local();
			report(api, "b2", "10", "100");
			String communes = LocalApi.all(api.send("huyen", "huyen", "/xa"));
			assertThat(communes).contains("Huyện Tân Biên", "10/12/2024")
				.contains("• Xã Tân Bình: đã báo cáo 1/2 đơn vị; chưa báo cáo 1: Ấp Tây")
				.contains("• Xã Tân Phong: đã báo cáo 0/2 đơn vị; chưa báo cáo 2: Ấp Cầu, Ấp Mới");
			assertThat(LocalApi.all(api.send("huyen", "huyen", "/communes"))).isEqualTo(communes);
			assertThat(LocalApi.all(api.send("committee-huyen", "huyen", "/xa"))).isEqualTo(communes);
			assertThat(LocalApi.all(api.send("committee-huyen", "a1", "/xa")))
				.contains("chỉ dành cho quản trị viên của huyện");
			assertThat(LocalApi.all(api.send("a1", "a1", "/xa"))).doesNotContain("Xã Tân Bình");
			assertThat(LocalApi.all(api.send("committee-huyen", "a1", "xin chào"))).isEmpty();
			Reply export = api.send("huyen", "huyen", "/xuat 10/12 10/12").get(0);
			assertThat(export.file().name()).isEqualTo("tonghop-huyen-2024-12-10-den-2024-12-10.xlsx");
		}
	}

	@Test
	void anEndedCampaignStaysReadableAndANewFileStartsANewCampaign() throws IOException {
		Path folder = folder();
		try (RunningBot bot = start(folder)) {
			report(bot.local(), "a1", "120", "1.330m");
		}
		Files.writeString(folder.resolve("tanphong-dot3.yml"),
				Files.readString(folder.resolve("tanphong.yml"))
					.replace("tanphong-2024-dot2", "tanphong-2025-dot3")
					.replace("Xã Tân Phong", "Xã Tân Phong đợt III")
					.replace("2024-12-10", "2025-03-01")
					.replace("2024-12-24", "2025-03-15")
					.replace("\"a1\", \"both\"", "\"c1\"")
					.replace("\"pa\"", "\"pa3\"")
					.replace("committee-tp", "committee-tp3"));
		try (RunningBot bot = start(folder)) {
			bot.bean(MutableClock.class).set("2025-03-01T14:00");
			LocalApi api = bot.local();
			assertThat(bot.bean(Campaigns.class).all()).hasSize(3);
			assertThat(bot.bean(Campaigns.class).bean(TAN_PHONG, Reports.class).find("cau", DAY)).isPresent();
			Reply old = api.send("pa", "pa", "/xuat 10/12/2024 24/12/2024").get(0);
			assertThat(old.file()).as("the ended campaign's workbook").isNotNull();
			assertThat(LocalApi.all(api.send("pa3", "pa3", "/tinhhinh"))).contains("01/03/2025", "Ấp Cầu");
			assertThat(LocalApi.all(api.send("huyen", "huyen", "/xa"))).contains("Xã Tân Phong: đã kết thúc")
				.contains("Xã Tân Phong đợt III: đã báo cáo 0/2");
		}
	}

	/** A whole day's report by a lead of one hamlet, in their private chat. */
	private static void report(LocalApi api, String lead, String residents, String cleared) {
		api.send(lead, lead, "/baocao");
		api.send(lead, lead, residents);
		Reply check = api.send(lead, lead, cleared).get(0);
		assertThat(LocalApi.last(api.press(lead, lead, check.payload("✅ Gửi báo cáo")))).contains("Đã nhận");
	}

	private static BigDecimal sum(Campaigns campaigns, String key) {
		BigDecimal total = BigDecimal.ZERO;
		for (String id : List.of(TAN_PHONG, TAN_BINH)) {
			for (DailyReport report : campaigns.bean(id, Reports.class).forDay(DAY)) {
				total = total.add(((Value.Number) report.latest().values().get(key)).amount());
			}
		}
		return total;
	}

	private static Row row(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
				return row;
			}
		}
		throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
	}

	private static List<Map<String, Object>> outgoing(LocalApi api, String chat) {
		return api.transcript(chat).stream().filter(entry -> "out".equals(entry.get("direction"))).toList();
	}

	private static List<Object> texts(LocalApi api, String chat) {
		return outgoing(api, chat).stream().map(entry -> entry.get("text")).toList();
	}

}
