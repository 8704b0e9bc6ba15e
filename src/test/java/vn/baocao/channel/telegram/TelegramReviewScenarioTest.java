package vn.baocao.channel.telegram;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review end to end on the Bot API emulator: the health station's lead reports on its own
 * template, its supervisor presses "Yêu cầu bổ sung" under the digest and types a reason,
 * the lead hears of it and amends, the supervisor presses "Duyệt" under the new digest,
 * and /tinhhinh shows the report accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramReviewScenarioTest {

	@TempDir
	static Path dir;

	@BeforeAll
	static void startEmulator() {
		TelegramEmulator.shared();
	}

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		TelegramEmulator emulator = TelegramEmulator.shared();
		String token = TelegramEmulator.newToken();
		registry.add("baocao.telegram.token", () -> token);
		registry.add("baocao.telegram.api-url", emulator::apiUrl);
		registry.add("baocao.db-path", () -> dir.resolve("review.db").toString());
		registry.add("baocao.campaign-file", () -> "src/test/resources/telegram/review-campaign.yml");
	}

	@Autowired
	Environment environment;

	TelegramUser user(long id, String name) {
		return TelegramUser.inPrivateChat(TelegramEmulator.shared(),
				environment.getRequiredProperty("baocao.telegram.token"), id, name, "Nguyễn", "u" + id);
	}

	@Test
	void theSupervisorSendsTheReportBackFromTheDigestAndAcceptsTheAmendment() {
		TelegramUser lead = user(7101, "Tâm");
		TelegramUser supervisor = user(8101, "Hồng");
		TelegramUser admin = user(9001, "Hưng");
		supervisor.sendCommand("/apcuatoi");
		supervisor.awaitReply("Trạm y tế xã", "chưa báo cáo");

		lead.sendCommand("/baocao");
		lead.awaitReply("Số người được khám bệnh");
		lead.sendText("12");
		lead.awaitReply("Số phần quà");
		lead.sendText("không có");
		lead.awaitReply("Kiểm tra báo cáo");
		lead.pressButton("Gửi báo cáo");
		lead.awaitReply("Đã nhận báo cáo của Trạm y tế xã");

		BotMessage digest = supervisor.awaitReply("Trạm y tế xã đã báo cáo ngày 10/12/2024");
		assertThat(digest.text()).contains("12 người").contains("Chờ duyệt");
		supervisor.pressButton(digest, "Yêu cầu bổ sung");
		supervisor.awaitReply("Xin gõ lý do cần bổ sung");
		supervisor.sendText("thiếu số người được cấp thuốc");
		supervisor.awaitReply("Đã yêu cầu Trạm y tế xã bổ sung báo cáo ngày 10/12/2024");

		BotMessage returned = lead.awaitReply("cần bổ sung", "thiếu số người được cấp thuốc");
		assertThat(returned.text()).contains("/sua");
		admin.sendCommand("/tinhhinh");
		admin.awaitReply("Trạm y tế xã", "cần bổ sung (thiếu số người được cấp thuốc)");

		lead.sendCommand("/sua");
		lead.awaitReply("Số người được khám bệnh");
		lead.sendText("15");
		lead.awaitReply("Số phần quà");
		lead.sendText("=");
		lead.awaitReply("Báo cáo sửa đổi của Trạm y tế xã");
		lead.pressButton("Gửi báo cáo");
		lead.awaitReply("Đã lưu bản sửa số 2");

		BotMessage revised = supervisor.awaitReply("Trạm y tế xã đã sửa báo cáo ngày 10/12/2024");
		assertThat(revised.text()).contains("Chờ duyệt");
		supervisor.pressButton(revised, "Duyệt");
		supervisor.awaitReply("Đã duyệt báo cáo ngày 10/12/2024 của Trạm y tế xã (lần gửi 2)");
		lead.awaitReply("Báo cáo ngày 10/12/2024 của Trạm y tế xã (lần gửi 2) đã được", "duyệt");

		admin.sendCommand("/tinhhinh");
		BotMessage status = admin.awaitReply("Trạm y tế xã", "đã duyệt");
		assertThat(status.text()).contains("Ban ngành đã báo cáo: 1/1")
			.contains("Duyệt: 1 đã duyệt, 0 chờ duyệt, 0 cần bổ sung.");
	}

}
