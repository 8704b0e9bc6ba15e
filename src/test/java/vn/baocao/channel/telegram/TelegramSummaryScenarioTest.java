package vn.baocao.channel.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consolidated summary reaches the committee's Telegram group through the emulator:
 * three of the eight leads report, the admin asks for the summary, and the group reads
 * who reported, the five still missing by name and the day's totals. (The scheduled
 * firing at summary-at is shown on real time by QuartzScheduleTest; here the test clock
 * stands still, so the admin's /tonghop posts the same summary.)
 */
class TelegramSummaryScenarioTest extends TelegramScenario {

	private void report(long lead, String residents, String metres) {
		TelegramUser user = user(lead, "Lead");
		user.sendCommand("/baocao");
		user.awaitReply("Số người dân tham gia");
		user.sendText(residents);
		user.awaitReply("làm đường giao thông");
		user.pressButton("Có");
		user.awaitReply("Phát quang, dọn vệ sinh đường");
		user.sendText(metres);
		user.awaitReply("Hình thức chính");
		user.pressButton("Lao động");
		user.awaitReply("Khó khăn, đề xuất");
		user.pressButton("Bỏ qua");
		user.awaitReply("Kiểm tra báo cáo");
		user.pressButton("Gửi báo cáo");
		user.awaitReply("Đã nhận báo cáo");
	}

	@Test
	void threeOfEightReportAndTheGroupReadsTheSummaryWithTheFiveMissingByName() {
		report(7001, "20", "1.330m");
		report(7002, "15", "500");
		report(7003, "10", "1,5 km");

		TelegramUser admin = user(TelegramChannelTest.ADMIN, "Hưng");
		TelegramUser committee = admin.inGroup(TelegramChannelTest.COMMITTEE_GROUP);
		committee.sendCommand("/tonghop");

		BotMessage summary = committee.awaitReply("TỔNG HỢP BÁO CÁO NGÀY 10/12/2024");
		assertThat(summary.text()).contains("Đã báo cáo: 3/8 ấp")
			.contains("Chưa báo cáo (5 ấp):")
			.contains("Ấp Mới", "Ấp Bàu Đưng", "Ấp Gò Cát", "Ấp Đồng Dài", "Ấp Xóm Tháp")
			.contains("Số người dân tham gia: 45 người")
			.contains("Phát quang, dọn vệ sinh đường: 3.330 m");
		String missing = summary.text().substring(summary.text().indexOf("Chưa báo cáo"));
		assertThat(missing).doesNotContain("Ấp Cầu", "Ấp Trại Bí", "Ấp Sân Bay");
	}

}
