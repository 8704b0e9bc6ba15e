package vn.baocao.channel.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee officer's day on Telegram, end to end through the emulator: an admin
 * invites a lead, the lead joins with the code and reports; the admin reassigns the
 * hamlet; a stranger's /assign is refused and changes nothing.
 */
class TelegramAdminScenarioTest extends TelegramScenario {

	private static final Pattern CODE = Pattern.compile("\\b([A-HJ-NP-Z2-9]{8})\\b");

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminInvitesTheLeadJoinsAndReportsThenTheHamletIsReassignedAndAStrangerIsRefused() {
		TelegramUser admin = user(TelegramChannelTest.ADMIN, "Hưng");
		TelegramUser newLead = user(7101, "Mai");
		TelegramUser nextLead = user(7102, "Tâm");
		TelegramUser stranger = user(7103, "Lạ");

		admin.sendCommand("/moi cau");
		BotMessage invitation = admin.awaitReply("Mã mời người báo cáo cho Ấp Cầu");
		Matcher code = CODE.matcher(invitation.text());
		assertThat(code.find()).as("a code in %s", invitation.text()).isTrue();
		assertThat(invitation.text()).contains("https://t.me/").contains("?start=" + code.group(1));

		newLead.sendCommand("/start " + code.group(1));
		newLead.awaitReply("Bạn đã được phân công báo cáo cho Ấp Cầu");
		admin.awaitReply("đã dùng mã mời", "Ấp Cầu");

		newLead.sendCommand("/baocao");
		newLead.awaitReply("Số người dân tham gia");
		newLead.sendText("30");
		newLead.awaitReply("làm đường giao thông");
		newLead.pressButton("Không");
		newLead.awaitReply("Hình thức chính");
		newLead.pressButton("Lao động");
		newLead.awaitReply("Khó khăn, đề xuất");
		newLead.pressButton("Bỏ qua");
		newLead.awaitReply("Kiểm tra báo cáo của Ấp Cầu");
		newLead.pressButton("Gửi báo cáo");
		newLead.awaitReply("Đã nhận báo cáo của Ấp Cầu");
		assertThat(jdbc.sql("SELECT submitted_user FROM report_revision WHERE hamlet_code = 'cau'")
			.query(String.class)
			.single()).isEqualTo("7101");

		nextLead.sendCommand("/start");
		nextLead.awaitReply("Xin chào Tâm");
		admin.sendCommand("/phancong cau 7102");
		admin.awaitReply("Ấp Cầu");
		newLead.awaitReply("thôi giao bạn báo cáo cho Ấp Cầu");
		nextLead.awaitReply("Ban Chỉ đạo đã giao bạn báo cáo hằng ngày cho Ấp Cầu");
		assertThat(leadsOfCau()).isEqualTo("7102");

		stranger.sendCommand("/phancong cau 7103");
		stranger.awaitReply("chỉ dành cho quản trị viên");
		stranger.inGroup(TelegramChannelTest.COMMITTEE_GROUP).sendCommand("/assign cau 7103");
		assertThat(leadsOfCau()).isEqualTo("7102");
	}

	private String leadsOfCau() {
		return String.join(",", jdbc.sql(
				"SELECT user_id FROM assignment WHERE hamlet_code = 'cau' AND channel = 'telegram' AND assigned_until IS NULL")
			.query(String.class)
			.list());
	}

}
