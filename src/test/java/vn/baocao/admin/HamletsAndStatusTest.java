package vn.baocao.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.baocao.campaign.Timeliness;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.Excuses.Excuse;
import vn.baocao.support.LocalApi;
import vn.baocao.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /dsap and /tinhhinh on a day where Ấp Cầu reported on time, Ấp Trại Bí late and then
 * amended it, Ấp Sân Bay is excused and Ấp Mới has neither a report nor a lead.
 */
class HamletsAndStatusTest extends AdminChatTest {

	static final LocalDate DAY = LocalDate.of(2024, 12, 10);

	@Autowired
	Reports reports;

	@Autowired
	Excuses excuses;

	@BeforeEach
	void aMixedDay() {
		roster.addLead("trai-bi", local("u2"), "test", clock.instant());
		roster.addLead("san-bay", local("u3"), "test", clock.instant());
		report("cau", 1, LEAD, "Lan", "2024-12-10T13:45", Timeliness.ON_TIME);
		report("trai-bi", 1, "u2", "Bình", "2024-12-10T15:20", Timeliness.LATE);
		report("trai-bi", 2, "u2", "Bình", "2024-12-10T16:05", Timeliness.LATE);
		excuses.excuse(new Excuse("san-bay", DAY, "ngập lụt", local(ADMIN), clock.instant()));
		clock.set("2024-12-10T16:30");
	}

	private void report(String hamlet, int number, String userId, String name, String at, Timeliness timeliness) {
		reports.addRevision(hamlet, DAY, new Revision(number, Map.of("residents", new Value.Number(BigDecimal.TEN)),
				local(userId), name, MutableClock.at(at).instant(), timeliness));
	}

	@Test
	void hamletsListsEachHamletWithItsLeadsAndTodaysState() {
		assertThat(LocalApi.last(say(ADMIN, "/dsap"))).isEqualTo("""
				Các ấp và người báo cáo, tình hình hôm nay 10/12/2024 (lúc 16:30):
				1. Ấp Cầu [cau]: Lan (@lan)
				    ✅ đúng hạn, gửi lúc 13:45
				2. Ấp Trại Bí [trai-bi]: Bình (@binh)
				    🕒 trễ hạn, gửi lúc 15:20
				3. Ấp Sân Bay [san-bay]: u3
				    ➖ được vắng (ngập lụt)
				4. Ấp Mới [moi]: (chưa có ai)
				    ❌ chưa báo cáo
				Giao ấp: /phancong <mã ấp> <người>. Mời người báo cáo: /moi <mã ấp>.""");
	}

	@Test
	void statusGivesCountsSubmissionTimesAndWhoIsMissing() {
		String expected = """
				Tình hình báo cáo ngày 10/12/2024 (cập nhật lúc 16:30):
				Đã báo cáo: 2/3 ấp (trễ hạn: 1); được vắng: 1; chưa báo cáo: 1.
				Duyệt: 0 đã duyệt, 2 chờ duyệt, 0 cần bổ sung.
				Ấp Cầu: ✅ đúng hạn, gửi lúc 13:45, Lan gửi — chờ duyệt
				Ấp Trại Bí: 🕒 trễ hạn, gửi lúc 15:20, Bình gửi, đã sửa 1 lần (lần cuối lúc 16:05) — chờ duyệt
				Ấp Sân Bay: ➖ được vắng (ngập lụt)
				Ấp Mới: ❌ chưa báo cáo; ấp chưa có người báo cáo (mời: /moi moi)""";
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh"))).isEqualTo(expected);
		assertThat(LocalApi.last(inGroup(COMMITTEE, ADMIN, "/status 10/12"))).isEqualTo(expected);
	}

	@Test
	void statusOfAnotherDayShowsThatDay() {
		clock.set("2024-12-11T14:10");

		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh 10/12"))).startsWith("Tình hình báo cáo ngày 10/12/2024");
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh"))).contains("Đã báo cáo: 0/4 ấp")
			.contains("Ấp Cầu: ❌ chưa báo cáo; người báo cáo: Lan (@lan)");
	}

	@Test
	void datesOutsideTheCampaignOrNotDatesAtAllAreAnsweredPolitely() {
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh 25/12"))).isEqualTo(
				"Ngày 25/12/2024 không thuộc đợt báo cáo (từ 10/12/2024 đến 24/12/2024). Xin chọn một ngày trong đợt.");
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh 31/02"))).startsWith("Cách dùng: /tinhhinh [ngày/tháng]");
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh hôm qua"))).startsWith("Cách dùng: /tinhhinh [ngày/tháng]");

		clock.set("2024-12-26T09:00");
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh"))).isEqualTo("Hôm nay (26/12/2024) không thuộc đợt báo cáo (từ "
				+ "10/12/2024 đến 24/12/2024). Xin ghi rõ ngày, ví dụ: /tinhhinh 10/12");
		assertThat(LocalApi.last(say(ADMIN, "/dsap"))).startsWith(
				"Các ấp và người báo cáo (hôm nay 26/12/2024 không thuộc đợt báo cáo, từ 10/12/2024 đến 24/12/2024):\n"
						+ "1. Ấp Cầu [cau]: Lan (@lan)\n2. Ấp Trại Bí");
	}

}
