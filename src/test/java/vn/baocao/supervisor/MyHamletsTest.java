package vn.baocao.supervisor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.baocao.campaign.Timeliness;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.Supervisors.Person;
import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /myhamlets (/apcuatoi): a supervisor's hamlets today, and the code that adds another
 * account of theirs.
 */
class MyHamletsTest extends SupervisorChatTest {

	private static final Pattern CODE = Pattern.compile("/start ([A-Z0-9]{8})");

	@Autowired
	Reports reports;

	@Test
	void someoneWhoOverseesNoHamletIsToldWhatToAskTheAdminFor() {
		assertThat(LocalApi.last(say("s1", "/apcuatoi")))
			.isEqualTo("Bạn chưa được ghi là người phụ trách ấp nào, nên chưa có gì để xem.\nNếu bạn là cán bộ phụ "
					+ "trách ấp, xin báo quản trị viên ghi nhận bạn bằng lệnh: /phutrach <mã ấp> @khach");
	}

	@Test
	void theSupervisorSeesEachHamletsStateFiguresAgainstTargetsAndLeads() {
		clock.set("2024-12-11T13:50");
		reports.addRevision("cau", LocalDate.of(2024, 12, 10),
				new Revision(1, Map.of("residents", number("30"), "cleared_m", number("670")), local("u1"), "Lan",
						clock.instant().minusSeconds(86_400), Timeliness.ON_TIME));
		reportCau("40", "1.330m", "/bo");
		clock.set("2024-12-11T14:10");

		assertThat(LocalApi.last(say(GAM, "/myhamlets"))).isEqualTo("""
				Các ấp bạn phụ trách, hôm nay 11/12/2024 (lúc 14:10):

				Ấp Cầu: ✅ đúng hạn, gửi lúc 13:50 (Lan gửi)
				• Số người dân tham gia: 40 người
				• Phát quang, dọn vệ sinh đường: 1.330 m (38% chỉ tiêu 3.500 m)
				Người báo cáo: Lan (kênh local @lan)
				Tiến độ cả đợt so với chỉ tiêu:
				• Phát quang, dọn vệ sinh đường: 2.000 / 3.500 m (57%)

				Ấp Trại Bí: ❌ chưa báo cáo (hạn 15:00)
				Người báo cáo: Bình (kênh local @binh)
				Tiến độ cả đợt so với chỉ tiêu:
				• Phát quang, dọn vệ sinh đường: 0 / 1.500 m (0%)

				Muốn nhận tin các ấp này trên tài khoản khác (Zalo hoặc Telegram): gõ /apcuatoi ma""");
	}

	@Test
	void lateExcusedAndStillMissingHamletsSaySo() {
		say(ADMIN, "/vang trai-bi lũ");
		clock.set("2024-12-10T15:30");
		String missingLate = LocalApi.last(say(GAM, "/apcuatoi"));
		reportCau("40", "/bo", "/bo");
		clock.set("2024-12-10T15:45");
		say("u1", "/sua");
		say("u1", "45");
		say("u1", "/bo");
		say("u1", "/bo");
		say("u1", "gửi");

		assertThat(missingLate)
			.contains("Ấp Cầu: ❌ chưa báo cáo: đã quá hạn 15:00, bot vẫn nhận đến 23:59 (ghi là trễ hạn)")
			.contains("Ấp Trại Bí: ➖ được vắng hôm nay (lũ)");
		assertThat(LocalApi.last(say(GAM, "/apcuatoi")))
			.contains("Ấp Cầu: 🕒 trễ hạn, gửi lúc 15:30 (Lan gửi); đã sửa 1 lần, lần cuối lúc 15:45\n"
					+ "• Số người dân tham gia: 45 người");
		clock.set("2024-12-11T00:10");
		assertThat(LocalApi.last(say(GAM, "/apcuatoi"))).contains("Ấp Trại Bí: ❌ chưa báo cáo (hạn 15:00)");
	}

	@Test
	void outsideTheCampaignTheHamletsAreListedWithoutADay() {
		clock.set("2024-12-25T09:00");

		assertThat(LocalApi.last(say(GAM, "/apcuatoi")))
			.startsWith("Các ấp bạn phụ trách (hôm nay 25/12/2024 không thuộc đợt báo cáo, từ 10/12/2024 đến "
					+ "24/12/2024):\n\nẤp Cầu\nNgười báo cáo: Lan (kênh local @lan)");
	}

	@Test
	void itIsAPrivateCommandAndASupervisorIsNoAdmin() {
		assertThat(LocalApi.last(inGroup(COMMITTEE, GAM, "/apcuatoi")))
			.isEqualTo("Lệnh này dùng trong tin nhắn riêng với bot.");
		assertThat(LocalApi.last(say(GAM, "/dsap")))
			.isEqualTo("Xin lỗi, lệnh này chỉ dành cho quản trị viên của Ban Chỉ đạo.");
		assertThat(LocalApi.last(say(GAM, "/phutrach moi @gam")))
			.isEqualTo("Xin lỗi, lệnh này chỉ dành cho quản trị viên của Ban Chỉ đạo.");
		assertThat(LocalApi.last(say(GAM, "/apcuatoi xem"))).startsWith("Cách dùng: /apcuatoi");
		assertThat(LocalApi.all(say(GAM, "/trogiup"))).contains("/myhamlets (/apcuatoi): Tình hình hôm nay")
			.doesNotContain("/phutrach");
	}

	@Test
	void aSupervisorsCodeAddsTheirOtherAccountToEveryHamletTheyOversee() {
		String reply = LocalApi.last(say(GAM, "/apcuatoi Ma\u0303"));
		String code = code(reply);
		assertThat(reply)
			.startsWith("Mã liên kết tài khoản: " + code + "\nMã dùng một lần, hết hạn lúc 14:00 13/12/2024.")
			.contains("Tài khoản đó sẽ nhận tin về Ấp Cầu, Ấp Trại Bí như tài khoản này.");

		assertThat(LocalApi.all(say("gam2", "/start " + code)))
			.isEqualTo("Chào mừng! Bạn đã được ghi nhận là người phụ trách Ấp Cầu. Gõ /apcuatoi để xem tình hình."
					+ "\n---\nTài khoản này nhận tin về: Ấp Cầu, Ấp Trại Bí.");

		assertThat(supervisors.of("cau"))
			.containsExactly(new Person("Ngô Huỳnh Gấm", List.of(local(GAM), local("gam2"))));
		assertThat(supervisors.hamletsOf(local("gam2"))).containsExactly("cau", "trai-bi");
		assertThat(lastSentTo(ADMIN)).isEqualTo("🔔 gam2 đã dùng mã liên kết " + code.substring(0, 3)
				+ "•••••: tài khoản này nay nhận tin phụ trách Ấp Cầu, Ấp Trại Bí với tên Ngô Huỳnh Gấm.");
		assertThat(LocalApi.last(say(ADMIN, "/nhatky 1"))).contains("gam2: /start " + code.substring(0, 3))
			.contains("nhận tin phụ trách Ấp Cầu, Ấp Trại Bí với tên Ngô Huỳnh Gấm");

		reportCau("40", "/bo", "/bo");
		assertThat(lastSentTo("gam2")).startsWith("📋 Ấp Cầu đã báo cáo");
		assertThat(lastSentTo(GAM)).startsWith("📋 Ấp Cầu đã báo cáo");

		assertThat(LocalApi.last(say("s1", "/start " + code)))
			.isEqualTo("Mã mời này đã được dùng. Xin Ban Chỉ đạo cấp mã mới.");
		assertThat(supervisors.hamletsOf(local("s1"))).isEmpty();
	}

	@Test
	void theCodeLapsesWhenItsSupervisorOverseesNothingAnyMore() {
		String code = code(LocalApi.last(say(GAM, "/apcuatoi ma")));
		say(ADMIN, "/huyphutrach cau @gam");
		say(ADMIN, "/huyphutrach trai-bi @gam");

		assertThat(LocalApi.last(say("gam2", "/start " + code))).startsWith("Mã mời này đã hết hạn");
		assertThat(supervisors.hamletsOf(local("gam2"))).isEmpty();
		assertThat(LocalApi.last(say(GAM, "/apcuatoi ma"))).startsWith("Bạn chưa được ghi là người phụ trách");
	}

	private static Value number(String amount) {
		return new Value.Number(new BigDecimal(amount));
	}

	private static String code(String text) {
		Matcher m = CODE.matcher(text);
		if (!m.find()) {
			throw new AssertionError("No code in: " + text);
		}
		return m.group(1);
	}

}
