package vn.baocao.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Conversations;
import vn.baocao.conversation.DialogState;
import vn.baocao.roster.Assignment;
import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /phancong and /huyphancong: who leads a hamlet changes, with history, and the people
 * hear of it.
 */
class ReassignmentTest extends AdminChatTest {

	@Autowired
	Conversations conversations;

	@Test
	void reassigningMidDraftClosesTheOldLeadsDraftAndGreetsTheNewLead() {
		say(LEAD, "/baocao");
		assertThat(LocalApi.last(say(LEAD, "30"))).contains("Số cán bộ, chiến sĩ");
		assertThat(conversations.load(Channel.LOCAL, LEAD)).isInstanceOf(DialogState.Filling.class);

		assertThat(LocalApi.last(say(ADMIN, "/phancong cau @binh")))
			.isEqualTo("Đã giao Ấp Cầu cho Bình (@binh), thay Lan (@lan). Cả người cũ và người mới đã được báo tin.");

		assertThat(conversations.load(Channel.LOCAL, LEAD)).isInstanceOf(DialogState.Idle.class);
		assertThat(lastSentTo(LEAD)).isEqualTo("Ban Chỉ đạo đã thôi giao bạn báo cáo cho Ấp Cầu, nên báo cáo đang làm "
				+ "dở của ấp đã được đóng (không gửi). Cảm ơn bạn đã tham gia!");
		assertThat(lastSentTo("u2")).isEqualTo("Xin chào Bình! Ban Chỉ đạo đã giao bạn báo cáo hằng ngày cho Ấp Cầu.\n"
				+ "Hôm nay 10/12/2024: ấp chưa có báo cáo.\n"
				+ "Mỗi ngày báo cáo từ 13:30 đến 15:00: gõ /baocao để bắt đầu, /trogiup để xem các lệnh.");
		assertThat(LocalApi.last(say(LEAD, "90"))).startsWith("Bạn chưa được phân công báo cáo cho ấp nào.");
		assertThat(LocalApi.last(say("u2", "/baocao"))).contains("Số người dân tham gia");

		List<Assignment> history = roster.history("cau");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).user()).isEqualTo(local(LEAD));
		assertThat(history.get(0).until()).isEqualTo(clock.instant());
		assertThat(history.get(1).user()).isEqualTo(local("u2"));
		assertThat(history.get(1).until()).isNull();
		assertThat(history.get(1).assignedBy()).isEqualTo("admin:local:admin1");
	}

	@Test
	void theNewLeadHearsThatTodaysReportIsAlreadyIn() {
		say(LEAD, "/baocao");
		say(LEAD, "30");
		say(LEAD, "90");
		assertThat(LocalApi.last(say(LEAD, "gửi"))).startsWith("✅ Đã nhận báo cáo của Ấp Cầu");

		say(ADMIN, "/phancong cau u2");

		assertThat(lastSentTo(LEAD))
			.isEqualTo("Ban Chỉ đạo đã thôi giao bạn báo cáo cho Ấp Cầu. Cảm ơn bạn đã tham gia!");
		assertThat(lastSentTo("u2")).contains("Hôm nay 10/12/2024: ấp đã báo cáo lúc 14:00 (Lan gửi).");
	}

	@Test
	void anAdminWhoLeadsAHamletCanHandItOverFromTheirOwnDraft() {
		say(ADMIN, "/phancong trai-bi admin1");
		say(ADMIN, "/baocao");
		assertThat(conversations.load(Channel.LOCAL, ADMIN)).isInstanceOf(DialogState.Filling.class);

		say(ADMIN, "/phancong trai-bi @binh");

		assertThat(conversations.load(Channel.LOCAL, ADMIN)).isInstanceOf(DialogState.Idle.class);
		assertThat(roster.leadsOf("trai-bi")).containsExactly(local("u2"));
	}

	@Test
	void onlyPeopleTheBotHasMetCanBeAssigned() {
		assertThat(LocalApi.last(say(ADMIN, "/phancong cau @nobody"))).isEqualTo("Chưa thấy @nobody nhắn cho bot trên "
				+ "kênh local. Người đó cần mở bot và gửi /start trước; hoặc tạo mã mời bằng /moi cau rồi gửi cho họ.");
		assertThat(LocalApi.last(say(ADMIN, "/phancong cau 99999"))).startsWith("Chưa thấy 99999 nhắn cho bot");
		assertThat(LocalApi.last(say(ADMIN, "/phancong cau @lan")))
			.isEqualTo("Lan (@lan) đang là người báo cáo duy nhất của Ấp Cầu; không có gì thay đổi.");
		assertThat(LocalApi.last(say(ADMIN, "/phancong cau"))).startsWith("Cách dùng: /phancong <mã ấp>");
		assertThat(LocalApi.last(say(ADMIN, "/phancong ap-la @binh"))).startsWith("Không có ấp mã \"ap-la\".");
		assertThat(roster.history("cau")).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Integer.class).single()).isZero();
	}

	@Test
	void assigningSomeoneWhoAlreadyCoLeadsKeepsThemAndEndsTheOthers() {
		roster.addLead("cau", local("u2"), "test", clock.instant());

		say(ADMIN, "/phancong cau @binh");

		assertThat(leadsOfCau()).containsExactly(local("u2"));
		assertThat(sentTo("u2")).as("an existing lead is not greeted again").isEmpty();
	}

	@Test
	void unassignEndsOneLeadOrAll() {
		roster.addLead("cau", local("u2"), "test", clock.instant());

		assertThat(LocalApi.last(say(ADMIN, "/huyphancong cau @lan")))
			.isEqualTo("Đã thôi giao Ấp Cầu cho Lan (@lan). Người báo cáo còn lại: Bình (@binh).");
		assertThat(lastSentTo(LEAD))
			.isEqualTo("Ban Chỉ đạo đã thôi giao bạn báo cáo cho Ấp Cầu. Cảm ơn bạn đã tham gia!");
		assertThat(LocalApi.last(say(ADMIN, "/huyphancong cau @lan")))
			.isEqualTo("@lan không phải người báo cáo của Ấp Cầu. Người báo cáo hiện nay: Bình (@binh).");

		assertThat(LocalApi.last(say(ADMIN, "/huyphancong cau"))).startsWith("Đã thôi giao Ấp Cầu cho Bình (@binh). Ấp "
				+ "hiện không có người báo cáo: giao bằng /phancong cau <người>, hoặc mời bằng /moi cau.");
		assertThat(leadsOfCau()).isEmpty();
		assertThat(LocalApi.last(say(ADMIN, "/huyphancong cau")))
			.isEqualTo("Ấp Cầu hiện không có người báo cáo nào. Giao ấp: /phancong cau <người>, hoặc mời: /moi cau");
		assertThat(LocalApi.last(say(ADMIN, "/huyphancong"))).startsWith("Cách dùng: /huyphancong");
	}

	@Test
	void anAccountOnAnotherChannelIsNamedAndCanBeUnassignedById() {
		roster.addLead("cau", new vn.baocao.roster.UserRef(Channel.ZALO, "z-77"), "test", clock.instant());

		assertThat(LocalApi.last(say(ADMIN, "/dsap"))).contains("1. Ấp Cầu [cau]: Lan (@lan), z-77 (Zalo)");
		say(ADMIN, "/huyphancong cau zalo:z-77");

		assertThat(leadsOfCau()).containsExactly(local(LEAD));
	}

}
