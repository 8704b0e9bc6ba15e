package vn.baocao.schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.campaign.Channel;
import vn.baocao.report.Reports;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;
import vn.baocao.campaign.Channel;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.UserRef;
import vn.baocao.support.LocalApi;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder and summary services on the seed campaign with a clock the test moves, so
 * each missed-run rule is checked at an exact moment. Quartz itself is not involved here
 * (the test clock is not real time, so no trigger is installed);
 * {@link QuartzScheduleTest} covers the firing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
class ScheduleServicesTest {

	static final LocalDate D10 = LocalDate.of(2024, 12, 10);

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("services.db").toString());
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
	Excuses excuses;

	@Autowired
	Roster roster;

	@Autowired
	ReminderService reminders;

	@Autowired
	SummaryService summaries;

	@Autowired
	FinalReportService finalReport;

	@Autowired
	Runs runs;

	LocalApi api;

	/**
	 * u1 leads Ấp Cầu (campaign file) and reports on 10/12; lead-moi leads Ấp Mới and
	 * does not.
	 */
	@BeforeEach
	void leadsAndOneReport() {
		api = new LocalApi(port);
		clock.set("2024-12-10T14:00");
		roster.addLead("moi", new UserRef(Channel.LOCAL, "lead-moi"), "test", clock.instant());
		if (reports.find("cau", D10).isEmpty()) {
			LeadScript.report(api, "u1", "40", "100", "1 7", "1.330", "10.500.000");
		}
	}

	@Test
	void remindMissingRemindsOnlyLeadsWithoutReportAndTellsAdminsOfHamletsWithoutLead() {
		clock.set("2024-12-10T14:30");
		int u1Before = texts("u1").size();
		Reminders.Reminding done = reminders.remindMissing(D10);
		assertThat(done.missing()).containsExactly("trai-bi", "san-bay", "moi", "bau-dung", "go-cat", "dong-dai",
				"xom-thap");
		assertThat(done.unassigned()).containsExactly("trai-bi", "san-bay", "bau-dung", "go-cat", "dong-dai",
				"xom-thap");
		assertThat(done.leadsReminded()).isEqualTo(1);
		assertThat(last("lead-moi")).isEqualTo("""
				⏰ Nhắc báo cáo ngày 10/12/2024: Ấp Mới chưa gửi báo cáo.
				Giờ nhận báo cáo: từ 13:30 đến 15:00 (gửi sớm hơn vẫn được tính đúng hạn).
				Gõ /baocao để bắt đầu.""");
		assertThat(texts("u1")).hasSize(u1Before);
		assertThat(last("admin1")).startsWith("⚠️ Nhắc báo cáo ngày 10/12/2024: các ấp sau chưa báo cáo")
			.contains("• Ấp Trại Bí (mã trai-bi)\n", "• Ấp Xóm Tháp (mã xom-thap)\n")
			.doesNotContain("Ấp Mới", "Ấp Cầu");
	}

	@Test
	void anExcusedHamletIsNotRemindedAndShowsAsExcused() {
		LocalDate day = LocalDate.of(2024, 12, 19);
		excuses
			.excuse(new Excuses.Excuse("moi", day, "Ngập nước", new UserRef(Channel.LOCAL, "admin1"), clock.instant()));
		clock.set("2024-12-19T14:30");
		int before = texts("lead-moi").size();
		Reminders.Reminding done = reminders.remindMissing(day);
		assertThat(done.missing()).doesNotContain("moi").contains("cau");
		assertThat(texts("lead-moi")).hasSize(before);
		assertThat(summaries.prepare(day).text()).contains("Vắng có lý do (1 ấp):\n• Ấp Mới: Ngập nước");
	}

	@Test
	void aRemindAfterTheWindowClosedSaysReportsAreStillTakenAsLate() {
		LocalDate day = LocalDate.of(2024, 12, 20);
		clock.set("2024-12-20T16:00");
		reminders.remindMissing(day);
		assertThat(last("lead-moi"))
			.contains("Đã quá hạn 15:00; vẫn gửi được đến 23:59 nhưng báo cáo sẽ được ghi là trễ hạn.");
	}

	@Test
	void aScheduledReminderIsSentOnceEvenWhenFiredTwice() {
		LocalDate day = LocalDate.of(2024, 12, 13);
		clock.set("2024-12-13T14:30:01");
		int before = texts("lead-moi").size();
		reminders.scheduled(day, LocalTime.of(14, 30));
		reminders.scheduled(day, LocalTime.of(14, 30));
		assertThat(texts("lead-moi")).hasSize(before + 1);
		assertThat(runs.find(Run.reminder(day, LocalTime.of(14, 30)))).hasValueSatisfying(r -> {
			assertThat(r.outcome()).isEqualTo(Outcome.SENT);
			// u1 and lead-moi, and admin1 for the six hamlets without a lead
			assertThat(r.messages()).isEqualTo(3);
		});
	}

	@Test
	void aReminderFiredAfterTheWindowClosedIsDroppedAndRecorded() {
		LocalDate day = LocalDate.of(2024, 12, 12);
		clock.set("2024-12-12T15:10");
		int before = texts("lead-moi").size();
		reminders.scheduled(day, LocalTime.of(14, 30));
		assertThat(texts("lead-moi")).hasSize(before);
		assertThat(runs.find(Run.reminder(day, LocalTime.of(14, 30))).orElseThrow().outcome())
			.isEqualTo(Outcome.DROPPED_WINDOW_CLOSED);
	}

	@Test
	void anEarlierReminderFiredAfterALaterOneWasDueIsDropped() {
		LocalDate day = LocalDate.of(2024, 12, 14);
		clock.set("2024-12-14T14:40");
		int before = texts("lead-moi").size();
		reminders.scheduled(day, LocalTime.of(13, 0));
		assertThat(texts("lead-moi")).hasSize(before);
		assertThat(runs.find(Run.reminder(day, LocalTime.of(13, 0))).orElseThrow().outcome())
			.isEqualTo(Outcome.DROPPED_SUPERSEDED);
		reminders.scheduled(day, LocalTime.of(14, 30));
		assertThat(texts("lead-moi")).hasSize(before + 1);
	}

	@Test
	void theScheduledSummaryGoesToTheCommitteeOnceAndOnTime() {
		clock.set("2024-12-10T15:05:20");
		int before = texts("committee").size();
		summaries.scheduledDaily(D10);
		summaries.scheduledDaily(D10);
		List<String> committee = texts("committee");
		assertThat(committee).hasSize(before + 1);
		String summary = committee.get(committee.size() - 1);
		assertThat(summary).startsWith("📋 TỔNG HỢP BÁO CÁO NGÀY 10/12/2024")
			.contains("Đã báo cáo: 1/8 ấp", "• Ấp Cầu: gửi lúc 14:00", "Chưa báo cáo (7 ấp):",
					"• Phát quang, dọn vệ sinh đường: 1.330 m\n", "• Tiền vận động được: 10.500.000 đ\n",
					"• Trong ngày: 40 : 100, tức 1 : 2,5: đạt")
			.doesNotContain("Gửi muộn");
		assertThat(runs.find(Run.summary(D10)).orElseThrow().outcome()).isEqualTo(Outcome.SENT);
	}

	@Test
	void aSummaryFiredLongAfterItsTimeIsSentOnceAndSaysItIsLate() {
		LocalDate day = LocalDate.of(2024, 12, 11);
		clock.set("2024-12-11T15:40");
		int before = texts("committee").size();
		summaries.scheduledDaily(day);
		summaries.scheduledDaily(day);
		List<String> committee = texts("committee");
		assertThat(committee).hasSize(before + 1);
		assertThat(committee.get(committee.size() - 1)).contains(
				"⏰ Gửi muộn: bản tổng hợp này lẽ ra gửi lúc 15:05 ngày 11/12/2024; bot tạm ngừng hoạt động nên đến 15:40 ngày 11/12/2024 mới gửi.",
				"Lũy kế từ 10/12/2024 đến 11/12/2024", "Đã báo cáo: 0/8 ấp");
		assertThat(runs.find(Run.summary(day)).orElseThrow().outcome()).isEqualTo(Outcome.SENT_LATE);
	}

	@Test
	void theFinalReportIsSentOnce() {
		clock.set("2024-12-24T15:05:10");
		int before = texts("committee").size();
		finalReport.scheduledFinal();
		finalReport.scheduledFinal();
		List<String> committee = texts("committee");
		assertThat(committee).hasSize(before + 1);
		assertThat(committee.get(committee.size() - 1)).startsWith("📊 SƠ KẾT ĐỢT: ")
			.contains("Từ 10/12/2024 đến 24/12/2024 (15 ngày)", "• Ấp Cầu: 1 đúng hạn, 0 trễ hạn, 14 chưa báo cáo",
					"   – Phát quang, dọn vệ sinh đường: 1.330 m / 3.500 m (38%)");
	}

	@Test
	void summaryCommandPostsToTheCommitteeAndTellsTheAdmin() {
		clock.set("2024-12-10T16:00");
		int before = texts("committee").size();
		List<LocalApi.Reply> replies = api.send("admin1", "admin1", "/tonghop 10/12");
		assertThat(LocalApi.last(replies))
			.isEqualTo("Đã gửi bản tổng hợp ngày 10/12/2024 tới nhóm Ban Chỉ đạo (kênh nội bộ).");
		List<String> committee = texts("committee");
		assertThat(committee).hasSize(before + 1);
		assertThat(committee.get(committee.size() - 1)).contains("TỔNG HỢP BÁO CÁO NGÀY 10/12/2024",
				"Đã báo cáo: 1/8 ấp");
		assertThat(LocalApi.last(api.send("admin1", "admin1", "/summary"))).contains("10/12/2024");
	}

	@Test
	void summaryCommandRefusesNonAdminsAndExplainsBadDays() {
		clock.set("2024-12-11T16:00");
		int before = texts("committee").size();
		assertThat(LocalApi.last(api.send("u1", "u1", "/tonghop")))
			.isEqualTo("Xin lỗi, lệnh này chỉ dành cho quản trị viên của Ban Chỉ đạo.");
		assertThat(LocalApi.last(api.send("admin1", "admin1", "/tonghop hôm qua")))
			.startsWith("Không đọc được ngày \"hôm qua\".");
		assertThat(LocalApi.last(api.send("admin1", "admin1", "/tonghop 31/02"))).startsWith("Không đọc được ngày");
		assertThat(LocalApi.last(api.send("admin1", "admin1", "/tonghop 05/12")))
			.isEqualTo("Ngày 05/12/2024 không thuộc đợt (từ 10/12/2024 đến 24/12/2024).");
		assertThat(LocalApi.last(api.send("admin1", "admin1", "/tonghop 20/12")))
			.isEqualTo("Ngày 20/12/2024 chưa đến, chưa có gì để tổng hợp.");
		assertThat(texts("committee")).hasSize(before);
	}

	/**
	 * The texts the bot sent to a local chat, oldest first; the files that come with a
	 * summary (chart, workbook) are left out.
	 */
	private List<String> texts(String chatId) {
		return api.transcript(chatId)
			.stream()
			.filter(e -> "out".equals(e.get("direction")) && !e.containsKey("file"))
			.map(e -> (String) e.get("text"))
			.toList();
	}

	private String last(String chatId) {
		List<String> texts = texts(chatId);
		assertThat(texts).as("messages to " + chatId).isNotEmpty();
		return texts.get(texts.size() - 1);
	}

}
