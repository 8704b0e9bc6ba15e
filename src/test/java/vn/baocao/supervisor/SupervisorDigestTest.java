package vn.baocao.supervisor;

import org.junit.jupiter.api.Test;

import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end on the local channel: a lead's report, and each revision of it, reaches the
 * hamlet's supervisor privately as a short digest; nobody else hears of it.
 */
class SupervisorDigestTest extends SupervisorChatTest {

	@Test
	void aLeadSubmitsAndTheSupervisorsPrivateChatGetsTheDigest() {
		assertThat(reportCau("40", "1.330m", "Thiếu cưa máy")).startsWith("✅ Đã nhận báo cáo của Ấp Cầu");

		assertThat(sentTo(GAM)).containsExactly("📋 Ấp Cầu đã báo cáo ngày 10/12/2024 lúc 14:00 (Lan gửi, đúng hạn):\n"
				+ "• Số người dân tham gia: 40 người\n"
				+ "• Phát quang, dọn vệ sinh đường: 1.330 m (38% chỉ tiêu 3.500 m)\n"
				+ "• Khó khăn, vướng mắc, đề xuất: Thiếu cưa máy");
		assertThat(chatsWrittenTo()).containsExactly(GAM, "u1");
	}

	@Test
	void aRevisionSendsWhatChanged() {
		reportCau("40", "1.330m", "/bo");
		clock.set("2024-12-10T14:20");

		say("u1", "/sua");
		say("u1", "=");
		say("u1", "1.500");
		say("u1", "Mưa to");
		assertThat(LocalApi.last(say("u1", "gửi"))).startsWith("✅ Đã lưu bản sửa số 2");

		assertThat(lastSentTo(GAM))
			.isEqualTo("✏️ Ấp Cầu đã sửa báo cáo ngày 10/12/2024 lúc 14:20 (Lan gửi, lần sửa thứ 1). Thay đổi:\n"
					+ "• Phát quang, dọn vệ sinh đường: 1.500 m (43% chỉ tiêu 3.500 m) (trước: 1.330 m)\n"
					+ "• Khó khăn, vướng mắc, đề xuất: Mưa to (mới thêm)");
		assertThat(sentTo(GAM)).hasSize(2);
	}

	@Test
	void aLateReportSaysSo() {
		clock.set("2024-12-10T15:40");

		reportCau("40", "/bo", "/bo");

		assertThat(sentTo(GAM)).containsExactly("📋 Ấp Cầu đã báo cáo ngày 10/12/2024 lúc 15:40 (Lan gửi, trễ hạn):\n"
				+ "• Số người dân tham gia: 40 người");
	}

	@Test
	void aHamletWhoseSupervisorHasNoAccountTellsNobody() {
		say("u3", "/baocao");
		say("u3", "12");
		say("u3", "/bo");
		say("u3", "/bo");
		assertThat(LocalApi.last(say("u3", "gửi"))).startsWith("✅ Đã nhận báo cáo của Ấp Sân Bay");

		assertThat(chatsWrittenTo()).containsExactly("u3");
	}

	@Test
	void aSupervisorWhoSendsTheReportThemselvesGetsNoDigestOfIt() {
		roster.addLead("cau", local(GAM), "test", clock.instant());
		say(GAM, "/baocao");
		say(GAM, "40");
		say(GAM, "/bo");
		say(GAM, "/bo");

		assertThat(LocalApi.last(say(GAM, "gửi"))).startsWith("✅ Đã nhận báo cáo của Ấp Cầu");
		assertThat(String.join("\n", sentTo(GAM))).doesNotContain("📋");
	}

	@Test
	void aSupervisorTakenOffAHamletHearsNoMoreOfIt() {
		say(ADMIN, "/huyphutrach cau @gam");

		reportCau("40", "/bo", "/bo");

		assertThat(lastSentTo(GAM)).startsWith("Ban Chỉ đạo đã thôi ghi bạn là người phụ trách Ấp Cầu");
	}

}
