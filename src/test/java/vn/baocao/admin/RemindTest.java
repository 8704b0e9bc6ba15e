package vn.baocao.admin;

import org.junit.jupiter.api.Test;

import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /nhac reminds each lead of each hamlet still missing today, privately, and nobody else.
 */
class RemindTest extends AdminChatTest {

	@Test
	void theLeadsOfMissingHamletsAreRemindedAndHamletsWithoutLeadNamed() {
		roster.addLead("cau", local("u2"), "test", clock.instant());
		roster.addLead("trai-bi", local("u3"), "test", clock.instant());
		say("u3", "/baocao");
		say("u3", "30");
		say("u3", "90");
		say("u3", "gửi");
		clock.set("2024-12-10T14:30");

		assertThat(LocalApi.all(say(ADMIN, "/nhac")))
			.isEqualTo("Đã nhắc 1 ấp chưa báo cáo ngày 10/12/2024: Ấp Cầu.\n---\n"
					+ "Chưa có người báo cáo nên không nhắc được: Ấp Sân Bay, Ấp Mới. Mời người báo cáo bằng /moi <mã ấp>.");

		String reminder = """
				⏰ Nhắc báo cáo ngày 10/12/2024: Ấp Cầu chưa gửi báo cáo.
				Giờ nhận báo cáo: từ 13:30 đến 15:00 (gửi sớm hơn vẫn được tính đúng hạn).
				Gõ /baocao để bắt đầu.""";
		assertThat(sentTo(LEAD)).containsExactly(reminder);
		assertThat(sentTo("u2")).containsExactly(reminder);
		assertThat(lastSentTo("u3")).startsWith("✅ Đã nhận báo cáo");
		assertThat(sentTo(COMMITTEE)).isEmpty();
	}

	@Test
	void afterTheWindowTheReminderSaysLateReportsAreStillTaken() {
		clock.set("2024-12-10T16:00");

		say(ADMIN, "/nhac");

		assertThat(sentTo(LEAD)).containsExactly("""
				⏰ Nhắc báo cáo ngày 10/12/2024: Ấp Cầu chưa gửi báo cáo. \
				Đã quá hạn 15:00; vẫn gửi được đến 23:59 nhưng báo cáo sẽ được ghi là trễ hạn.
				Gõ /baocao để bắt đầu.""");
	}

	@Test
	void nothingIsSentWhenThereIsNothingToRemind() {
		assertThat(LocalApi.last(say(ADMIN, "/vang cau"))).startsWith("Đã cho Ấp Cầu vắng");
		say(ADMIN, "/vang trai-bi");
		say(ADMIN, "/vang san-bay");
		say(ADMIN, "/vang moi");
		assertThat(LocalApi.last(say(ADMIN, "/nhac")))
			.isEqualTo("Ngày 10/12/2024 không còn ấp nào phải nhắc: các ấp đã báo cáo hoặc được vắng.");

		assertThat(sentTo(LEAD)).isEmpty();
		clock.set("2024-12-25T14:00");
		assertThat(LocalApi.last(say(ADMIN, "/nhac"))).isEqualTo("Hôm nay (25/12/2024) không thuộc đợt báo cáo (từ "
				+ "10/12/2024 đến 24/12/2024); không có gì để nhắc.");
		assertThat(sentTo(LEAD)).isEmpty();
	}

}
