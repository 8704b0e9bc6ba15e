package vn.baocao.admin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.baocao.report.Reports;
import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee officer's day on the local channel, end to end over HTTP: an admin
 * invites a lead, the lead joins with the code and reports, the admin reassigns the
 * hamlet, a stranger's /assign is refused. (The same story on the Telegram emulator
 * follows once that channel lands.)
 */
class RunningTheCampaignScenarioTest extends AdminChatTest {

	@Autowired
	Reports reports;

	@Test
	void inviteJoinReportReassignAndRefuseAStranger() {
		String code = code(LocalApi.last(say(ADMIN, "/moi cau")));

		assertThat(LocalApi.last(say("u7", "/start " + code)))
			.isEqualTo("Chào mừng! Bạn đã được phân công báo cáo cho Ấp Cầu. Gõ /baocao để báo cáo hôm nay.");
		assertThat(lastSentTo(ADMIN)).contains("u7 đã dùng mã mời").contains("Ấp Cầu");

		assertThat(LocalApi.last(say("u7", "/baocao"))).contains("Số người dân tham gia");
		say("u7", "30");
		say("u7", "90");
		assertThat(LocalApi.last(say("u7", "gửi")))
			.startsWith("✅ Đã nhận báo cáo của Ấp Cầu ngày 10/12/2024 lúc 14:00");
		assertThat(LocalApi.last(inGroup(COMMITTEE, ADMIN, "/tinhhinh")))
			.contains("Ấp Cầu: ✅ đúng hạn, gửi lúc 14:00, u7 gửi");

		assertThat(LocalApi.last(say("u8", "/start"))).startsWith("Xin chào u8!");
		assertThat(LocalApi.last(inGroup(COMMITTEE, ADMIN, "/phancong cau u8")))
			.isEqualTo("Đã giao Ấp Cầu cho u8, thay Lan (@lan), u7. Cả người cũ và người mới đã được báo tin.");
		assertThat(lastSentTo("u7")).startsWith("Ban Chỉ đạo đã thôi giao bạn báo cáo cho Ấp Cầu.");
		assertThat(lastSentTo("u8")).contains("Hôm nay 10/12/2024: ấp đã báo cáo lúc 14:00 (u7 gửi).");
		assertThat(leadsOfCau()).containsExactly(local("u8"));

		assertThat(LocalApi.last(inGroup(COMMITTEE, STRANGER, "/phancong cau s1"))).isEqualTo(REFUSED);
		assertThat(LocalApi.last(say(STRANGER, "/assign cau s1"))).isEqualTo(REFUSED);
		assertThat(leadsOfCau()).containsExactly(local("u8"));

		assertThat(reports.find("cau", LocalDate.of(2024, 12, 10))).get()
			.satisfies(report -> assertThat(report.first().submittedBy()).isEqualTo(local("u7")));
	}

}
