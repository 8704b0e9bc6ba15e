package vn.baocao.channel.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hamlet's supervisor follows it on Telegram: the lead submits, and the supervisor's
 * private chat gets the digest (Ấp Trại Bí is overseen by Telegram user 8002 in the test
 * campaign).
 */
class TelegramSupervisorDigestTest extends TelegramScenario {

	@Test
	void theLeadSubmitsAndTheSupervisorGetsTheDigestPrivately() {
		TelegramUser supervisor = user(8002, "Giang");
		supervisor.sendCommand("/apcuatoi");
		supervisor.awaitReply("Ấp Trại Bí", "chưa báo cáo");

		TelegramUser lead = user(7002, "Lan");
		lead.sendCommand("/baocao");
		lead.awaitReply("Số người dân tham gia");
		lead.sendText("35");
		lead.awaitReply("làm đường giao thông");
		lead.pressButton("Có");
		lead.awaitReply("Phát quang, dọn vệ sinh đường");
		lead.sendText("1.500m");
		lead.awaitReply("Hình thức chính");
		lead.pressButton("Tuyên truyền");
		lead.awaitReply("Khó khăn, đề xuất");
		lead.pressButton("Bỏ qua");
		lead.awaitReply("Kiểm tra báo cáo");
		lead.pressButton("Gửi báo cáo");
		lead.awaitReply("Đã nhận báo cáo của Ấp Trại Bí");

		BotMessage digest = supervisor.awaitReply("Ấp Trại Bí đã báo cáo ngày 10/12/2024");
		assertThat(digest.text()).contains("35 người").contains("1.500 m");
		assertThat(lead.unseen()).noneMatch(m -> m.text().contains("đã báo cáo ngày 10/12/2024 lúc"));
	}

}
