package vn.baocao.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot in a group full of people: in the committee group non-admins' commands get a
 * short refusal and chatter is ignored; elsewhere only /help is answered, until an admin
 * binds a group with /setgroup.
 */
class GroupBehaviourTest extends AdminChatTest {

	@Autowired
	CommitteeChats committee;

	@Autowired
	ApplicationContext context;

	@Test
	void chatterInGroupsIsIgnored() {
		assertThat(inGroup(COMMITTEE, LEAD, "Chào cả nhà")).isEmpty();
		assertThat(inGroup(COMMITTEE, ADMIN, "Chiều nay họp lúc 16 giờ")).isEmpty();
		assertThat(inGroup(COMMITTEE, ADMIN, "/khongcolenhnay")).isEmpty();
		assertThat(inGroup("family-group", STRANGER, "/baocao")).isEmpty();
		assertThat(inGroup("family-group", ADMIN, "/dsap")).isEmpty();
	}

	@Test
	void leadCommandsInTheCommitteeGroupPointToThePrivateChat() {
		assertThat(inGroup(COMMITTEE, LEAD, "/baocao")).extracting(Reply::text)
			.containsExactly("Lệnh này dùng trong tin nhắn riêng với bot.");
	}

	@Test
	void helpListsOnlyWhatThatUserMayUseThere() {
		String adminPrivately = LocalApi.last(say(ADMIN, "/trogiup"));
		assertThat(adminPrivately).contains("/hamlets (/dsap): Các ấp, người báo cáo và tình hình hôm nay")
			.contains("/assign (/phancong): Giao ấp cho một người đã nhắn với bot")
			.contains("/excuse (/vang)")
			.contains("/setgroup (/datnhom)")
			.contains("/report (/baocao)")
			.contains("/supervise (/phutrach): Ghi người phụ trách một ấp");
		assertThat(adminPrivately.indexOf("/hamlets")).isLessThan(adminPrivately.indexOf("/status"));

		assertThat(LocalApi.last(say(LEAD, "/help"))).contains("/report (/baocao)")
			.doesNotContain("/assign")
			.doesNotContain("/setgroup");
		assertThat(LocalApi.last(inGroup(COMMITTEE, STRANGER, "/help"))).doesNotContain("/assign")
			.doesNotContain("/report");
		assertThat(LocalApi.last(inGroup(COMMITTEE, ADMIN, "/help"))).contains("/assign (/phancong)")
			.doesNotContain("/report");

		String adminElsewhere = LocalApi.last(inGroup("family-group", ADMIN, "/help"));
		assertThat(adminElsewhere).contains("/setgroup (/datnhom)").doesNotContain("/assign").doesNotContain("/report");
		assertThat(LocalApi.last(inGroup("family-group", STRANGER, "/help"))).doesNotContain("/setgroup");
	}

	@Test
	void anAdminBindsAnotherGroupAsTheCommitteeGroup() {
		assertThat(context.getBeansOfType(CommitteeChats.class).values()).singleElement()
			.isInstanceOf(BoundCommitteeChats.class);
		assertThat(inGroup("new-group", STRANGER, "/datnhom")).isEmpty();
		assertThat(inGroup("new-group", LEAD, "/setgroup")).isEmpty();
		assertThat(committee.chatId(Channel.LOCAL)).contains(COMMITTEE);

		assertThat(LocalApi.last(inGroup("new-group", ADMIN, "/datnhom"))).isEqualTo("Đã đặt nhóm này làm nhóm Ban Chỉ "
				+ "đạo trên kênh local. Tổng hợp hằng ngày sẽ gửi vào đây, và quản trị viên dùng được các lệnh quản trị "
				+ "trong nhóm.");

		assertThat(committee.chatId(Channel.LOCAL)).contains("new-group");
		assertThat(LocalApi.last(inGroup("new-group", ADMIN, "/dsap"))).startsWith("Các ấp và người báo cáo");
		assertThat(inGroup("new-group", LEAD, "/dsap")).extracting(Reply::text).containsExactly(REFUSED);
		assertThat(inGroup(COMMITTEE, ADMIN, "/dsap")).as("the file's group is no longer the committee's").isEmpty();
		assertThat(LocalApi.last(inGroup("new-group", ADMIN, "/setgroup")))
			.isEqualTo("Nhóm này đã là nhóm Ban Chỉ đạo trên kênh local.");
		assertThat(LocalApi.last(say(ADMIN, "/nhatky"))).contains("/datnhom")
			.contains("nhóm committee → nhóm new-group");
		assertThat(LocalApi.last(say(ADMIN, "/datnhom")))
			.isEqualTo("Lệnh này dùng trong nhóm: thêm bot vào nhóm Ban Chỉ đạo rồi gõ /datnhom trong nhóm đó.");
	}

	@Test
	void adminsAreTheCampaignFilesOnlyNamedWhereKnown() {
		List<Reply> replies = say(ADMIN, "/admins");

		assertThat(LocalApi.last(replies)).isEqualTo("""
				Quản trị viên (theo mục admins của tệp cấu hình đợt):
				• kênh local: Hưng (@hung)
				Thêm hoặc bớt quản trị viên: sửa mục admins trong tệp cấu hình rồi khởi động lại bot.""");
	}

}
