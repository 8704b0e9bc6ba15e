package vn.baocao.supervisor;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.roster.Supervisors.Supervision;
import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /supervise (/phutrach) and /unsupervise (/huyphutrach) as an admin uses them: binding
 * the plan's names to chat accounts, adding and removing supervisors, every change
 * audited and the people concerned told.
 */
class SupervisorCommandsTest extends SupervisorChatTest {

	@Test
	void withoutArgumentsEveryHamletsSupervisorsAreListed() {
		assertThat(LocalApi.last(say(ADMIN, "/phutrach"))).isEqualTo("""
				Người phụ trách các ấp:
				1. Ấp Cầu [cau]: Ngô Huỳnh Gấm (@gam)
				2. Ấp Trại Bí [trai-bi]: Ngô Huỳnh Gấm (@gam)
				3. Ấp Sân Bay [san-bay]: Trần Hòa Tuẩn (chưa có tài khoản nhận tin)
				4. Ấp Mới [moi]: (chưa có ai)
				Ghi người phụ trách: /phutrach <mã ấp> <người>; thôi ghi: /huyphutrach <mã ấp> <người>. Người có tên \
				trong kế hoạch mà chưa có tài khoản thì chưa nhận được tin: khi họ đã nhắn /start cho bot, gõ \
				/phutrach để ghi tài khoản của họ.""");
	}

	@Test
	void anAccountTakesThePlansNameAndIsGreetedThenAnotherPersonKeepsTheirOwn() {
		assertThat(LocalApi.last(say(ADMIN, "/phutrach san-bay @tuan"))).isEqualTo(
				"Đã ghi Tuẩn (@tuan) là người phụ trách Ấp Sân Bay, theo tên Trần Hòa Tuẩn; người đó đã được báo tin.\n"
						+ "Người phụ trách Ấp Sân Bay hiện nay: Trần Hòa Tuẩn (@tuan).");
		assertThat(sentTo("tuan")).containsExactly("Xin chào Tuẩn! Ban Chỉ đạo đã ghi bạn là người phụ trách Ấp Sân "
				+ "Bay.\nBot sẽ nhắn riêng cho bạn mỗi khi ấp gửi hoặc sửa báo cáo, và lúc 14:30 nếu ấp vẫn chưa báo "
				+ "cáo.\nGõ /apcuatoi để xem tình hình các ấp bạn phụ trách.");
		assertThat(supervisors.namesOf("san-bay")).containsExactly("Trần Hòa Tuẩn");

		assertThat(LocalApi.last(inGroup(COMMITTEE, ADMIN, "/supervise san-bay u2")))
			.isEqualTo("Đã ghi Bình (@binh) là người phụ trách Ấp Sân Bay; người đó đã được báo tin.\n"
					+ "Người phụ trách Ấp Sân Bay hiện nay: Trần Hòa Tuẩn (@tuan), Bình (@binh).");
		assertThat(supervisors.namesOf("san-bay")).containsExactly("Trần Hòa Tuẩn", "Bình");
		assertThat(LocalApi.last(say(ADMIN, "/nhatky 1"))).contains("Hưng: /supervise san-bay u2")
			.contains("người phụ trách: Trần Hòa Tuẩn (@tuan) → người phụ trách: Trần Hòa Tuẩn (@tuan), Bình (@binh)");
	}

	@Test
	void aSupervisorOfOneHamletAddedToAnotherKeepsTheirName() {
		say(ADMIN, "/phutrach moi @gam");

		assertThat(supervisors.namesOf("moi")).containsExactly("Ngô Huỳnh Gấm");
		assertThat(supervisors.hamletsOf(local(GAM))).containsExactly("cau", "trai-bi", "moi");
	}

	@Test
	void nothingChangesForAnExistingSupervisorAnUnknownUserOrBadArguments() {
		assertThat(LocalApi.last(say(ADMIN, "/phutrach cau @gam")))
			.isEqualTo("Gấm (@gam) đã là người phụ trách Ấp Cầu; không có gì thay đổi.");
		assertThat(LocalApi.last(say(ADMIN, "/phutrach cau @nobody"))).isEqualTo(
				"Chưa thấy @nobody nhắn cho bot trên kênh local. Người đó cần mở bot và gửi /start trước, rồi gõ lại lệnh này.");
		assertThat(LocalApi.last(say(ADMIN, "/phutrach xyz @gam")))
			.isEqualTo("Không có ấp mã \"xyz\". Các mã ấp: cau, trai-bi, san-bay, moi");
		assertThat(LocalApi.last(say(ADMIN, "/phutrach cau"))).startsWith("Cách dùng: /phutrach <mã ấp> <@tên");
		assertThat(LocalApi.last(say(ADMIN, "/huyphutrach cau"))).startsWith("Cách dùng: /huyphutrach <mã ấp>");
		assertThat(LocalApi.last(say(ADMIN, "/huyphutrach san-bay @binh"))).isEqualTo(
				"@binh không phải người phụ trách Ấp Sân Bay có tài khoản nhận tin. Người phụ trách hiện nay: Trần Hòa "
						+ "Tuẩn (chưa có tài khoản nhận tin).");
		assertThat(supervisors.history("cau")).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Integer.class).single()).isZero();
	}

	@Test
	void anEndedSupervisionIsKeptAsHistoryAndThePlansNameIsNotShownAgain() {
		assertThat(LocalApi.last(say(ADMIN, "/huyphutrach cau @gam")))
			.isEqualTo("Đã thôi ghi Gấm (@gam) là người phụ trách Ấp Cầu; người đó đã được báo tin.\n"
					+ "Người phụ trách Ấp Cầu hiện nay: (chưa có ai).");
		assertThat(lastSentTo(GAM)).isEqualTo("Ban Chỉ đạo đã thôi ghi bạn là người phụ trách Ấp Cầu; bot sẽ không "
				+ "nhắn tin về ấp này nữa. Cảm ơn bạn!");
		assertThat(supervisors.of("cau")).isEmpty();
		assertThat(supervisors.hamletsOf(local(GAM))).containsExactly("trai-bi");
		List<Supervision> history = supervisors.history("cau");
		assertThat(history).singleElement().satisfies(s -> {
			assertThat(s.account()).isEqualTo(local(GAM));
			assertThat(s.until()).isEqualTo(clock.instant());
		});
		assertThat(LocalApi.last(say(ADMIN, "/nhatky 1"))).contains("/huyphutrach cau @gam")
			.contains("người phụ trách: Ngô Huỳnh Gấm (@gam) → người phụ trách: (chưa có ai)");

		say(ADMIN, "/phutrach cau @gam");
		assertThat(supervisors.namesOf("cau")).as("the same person again, under the name they still have")
			.containsExactly("Ngô Huỳnh Gấm");
	}

}
