package vn.baocao.admin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.baocao.roster.Excuses;
import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /vang and /huyvang: an excused hamlet is not reminded, shown as excused, not counted as
 * missing.
 */
class ExcuseTest extends AdminChatTest {

	static final LocalDate TODAY = LocalDate.of(2024, 12, 10);

	@Autowired
	Excuses excuses;

	@Test
	void anExcusedHamletIsNotRemindedNorCountedMissingUntilTheExcuseIsTakenBack() {
		assertThat(LocalApi.last(say(ADMIN, "/vang cau trưởng ấp bị ốm"))).isEqualTo("Đã cho Ấp Cầu vắng báo cáo ngày "
				+ "10/12/2024 (lý do: trưởng ấp bị ốm). Ngày đó ấp không bị nhắc và không tính là chưa báo cáo.");
		assertThat(excuses.isExcused("cau", TODAY)).isTrue();
		assertThat(excuses.reasons(TODAY)).containsExactlyEntriesOf(java.util.Map.of("cau", "trưởng ấp bị ốm"));
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh")))
			.contains("Đã báo cáo: 0/3 ấp (trễ hạn: 0); được vắng: 1; chưa báo cáo: 3.")
			.contains("Ấp Cầu: ➖ được vắng (trưởng ấp bị ốm)");
		roster.addLead("san-bay", local("u3"), "test", clock.instant());
		assertThat(LocalApi.all(say(ADMIN, "/nhac")))
			.startsWith("Đã nhắc 1 ấp chưa báo cáo ngày 10/12/2024: Ấp Sân Bay.");
		assertThat(sentTo(LEAD)).isEmpty();
		assertThat(sentTo("u3")).hasSize(1);

		assertThat(LocalApi.last(say(ADMIN, "/huyvang cau")))
			.isEqualTo("Đã hủy cho vắng: Ấp Cầu cần báo cáo ngày 10/12/2024 như thường.");
		assertThat(excuses.isExcused("cau", TODAY)).isFalse();
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh"))).contains("Ấp Cầu: ❌ chưa báo cáo");
		assertThat(LocalApi.last(say(ADMIN, "/huyvang cau")))
			.isEqualTo("Ấp Cầu không được vắng ngày 10/12/2024; không có gì thay đổi.");
	}

	@Test
	void aDayAndAReasonMayBeGivenAndAnExcuseCanBeReworded() {
		say(ADMIN, "/vang trai-bi 12/12 đám tang");
		say(ADMIN, "/excuse trai-bi 12/12 lũ lụt");

		assertThat(excuses.find("trai-bi", LocalDate.of(2024, 12, 12))).get()
			.satisfies(e -> assertThat(e.reason()).isEqualTo("lũ lụt"));
		assertThat(excuses.isExcused("trai-bi", TODAY)).isFalse();
		assertThat(LocalApi.last(say(ADMIN, "/vang san-bay 13/12"))).isEqualTo("Đã cho Ấp Sân Bay vắng báo cáo ngày "
				+ "13/12/2024. Ngày đó ấp không bị nhắc và không tính là chưa báo cáo.");
		assertThat(LocalApi.last(say(ADMIN, "/huyvang trai-bi 12/12"))).startsWith("Đã hủy cho vắng: Ấp Trại Bí");
	}

	@Test
	void excusingADayAlreadyReportedSaysTheReportStillCounts() {
		say(LEAD, "/baocao");
		say(LEAD, "30");
		say(LEAD, "90");
		say(LEAD, "gửi");

		assertThat(LocalApi.all(say(ADMIN, "/vang cau")))
			.endsWith("Lưu ý: Ấp Cầu đã gửi báo cáo ngày 10/12/2024 lúc 14:00; báo cáo đó vẫn được tính.");
		assertThat(LocalApi.last(say(ADMIN, "/tinhhinh"))).contains("Ấp Cầu: ✅ đúng hạn");
	}

	@Test
	void wrongArgumentsChangeNothingAndGetAClearAnswer() {
		assertThat(LocalApi.last(say(ADMIN, "/vang"))).startsWith("Cách dùng: /vang <mã ấp> [ngày/tháng] [lý do]");
		assertThat(LocalApi.last(say(ADMIN, "/vang xa-la 12/12")))
			.startsWith("Không có ấp mã \"xa-la\". Các mã ấp: cau,");
		assertThat(LocalApi.last(say(ADMIN, "/vang cau 30/12 lũ"))).isEqualTo("Ngày 30/12/2024 không thuộc đợt báo cáo "
				+ "(từ 10/12/2024 đến 24/12/2024). Xin chọn một ngày trong đợt.");
		assertThat(LocalApi.last(say(ADMIN, "/vang cau 32/12"))).startsWith("Cách dùng: /vang");
		assertThat(LocalApi.last(say(ADMIN, "/vang cau " + "x".repeat(201))))
			.isEqualTo("Lý do dài quá: xin ghi gọn trong 200 ký tự.");
		assertThat(LocalApi.last(say(ADMIN, "/huyvang cau 12/12 13/12"))).startsWith("Cách dùng: /huyvang");
		clock.set("2024-12-25T08:00");
		assertThat(LocalApi.last(say(ADMIN, "/vang cau"))).isEqualTo("Hôm nay (25/12/2024) không thuộc đợt báo cáo (từ "
				+ "10/12/2024 đến 24/12/2024). Xin ghi rõ ngày, ví dụ: /vang cau 10/12");
		assertThat(jdbc.sql("SELECT count(*) FROM excuse").query(Integer.class).single()).isZero();
	}

}
