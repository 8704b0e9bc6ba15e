package vn.baocao.admin;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invitation from /moi to /start: used once, never twice, not after 72 hours, not by
 * guessing.
 */
class InviteLifecycleTest extends AdminChatTest {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	@Test
	void aCodeMakesWhoeverRedeemsItALeadAndTheAdminsAreTold() {
		String reply = LocalApi.last(say(ADMIN, "/moi cau"));
		String code = code(reply);
		assertThat(code).hasSizeGreaterThanOrEqualTo(8);
		assertThat(code.chars()).allMatch(c -> ALPHABET.indexOf(c) >= 0);
		assertThat(reply).contains("Mã mời người báo cáo cho Ấp Cầu: " + code)
			.contains("hết hạn lúc 14:00 13/12/2024")
			.contains("https://local.test/start?code=" + code);

		List<Reply> joined = say("u3", "/start " + code.toLowerCase());

		assertThat(LocalApi.all(joined)).contains("Bạn đã được phân công báo cáo cho Ấp Cầu");
		assertThat(leadsOfCau()).containsExactly(local(LEAD), local("u3"));
		assertThat(lastSentTo(ADMIN)).startsWith("🔔 u3 đã dùng mã mời " + code.substring(0, 3))
			.contains("trở thành người báo cáo của Ấp Cầu")
			.contains("Lan (@lan), u3")
			.doesNotContain(code);
		assertThat(LocalApi.last(say("u3", "/baocao"))).contains("Số người dân tham gia");
	}

	@Test
	void aBareCodeSentAloneJoinsLikeStartWithTheCode() {
		String code = code(LocalApi.last(say(ADMIN, "/moi cau")));

		assertThat(LocalApi.all(say("u3", " " + code + " "))).contains("Bạn đã được phân công báo cáo cho Ấp Cầu");
		assertThat(leadsOfCau()).contains(local("u3"));
	}

	@Test
	void aUsedCodeIsRefusedAndChangesNothing() {
		String code = code(LocalApi.last(say(ADMIN, "/moi cau")));
		say("u3", "/start " + code);

		assertThat(LocalApi.last(say("u4", "/start " + code)))
			.isEqualTo("Mã mời này đã được dùng. Xin Ban Chỉ đạo cấp mã mới.");
		assertThat(leadsOfCau()).doesNotContain(local("u4"));
	}

	@Test
	void aCodeExpiresAfter72Hours() {
		String early = code(LocalApi.last(say(ADMIN, "/moi trai-bi")));
		String late = code(LocalApi.last(say(ADMIN, "/moi trai-bi")));

		clock.advance(Duration.ofHours(72).minusMinutes(1));
		assertThat(LocalApi.last(say("u3", "/start " + early)))
			.contains("Bạn đã được phân công báo cáo cho Ấp Trại Bí");
		clock.advance(Duration.ofMinutes(1));
		assertThat(LocalApi.last(say("u4", "/start " + late)))
			.isEqualTo("Mã mời này đã hết hạn (mã có giá trị 72 giờ). Xin Ban Chỉ đạo cấp mã mới.");
		assertThat(roster.leadsOf("trai-bi")).containsExactly(local("u3"));
	}

	@Test
	void afterFiveWrongCodesInAnHourTheUserMustWait() {
		String code = code(LocalApi.last(say(ADMIN, "/moi cau")));
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(LocalApi.last(say("u5", "/start WRONG2" + (i + 2)))).startsWith("Mã mời không đúng.");
		}

		assertThat(LocalApi.last(say("u5", "/start " + code)))
			.isEqualTo("Bạn đã nhập sai mã nhiều lần. Xin đợi đến 15:01 rồi thử lại.");
		assertThat(leadsOfCau()).doesNotContain(local("u5"));
		assertThat(LocalApi.last(say("u6", "/start WRONG999"))).as("other users may still try")
			.startsWith("Mã mời không đúng.");

		clock.set("2024-12-10T15:01");
		assertThat(LocalApi.last(say("u5", "/start " + code))).contains("Bạn đã được phân công báo cáo cho Ấp Cầu");
	}

	@Test
	void inAGroupTheCodeGoesToTheAdminPrivately() {
		List<Reply> replies = inGroup(COMMITTEE, ADMIN, "/moi cau");

		assertThat(replies).extracting(Reply::text)
			.containsExactly("Đã gửi mã mời cho Ấp Cầu vào tin nhắn riêng của bạn với bot (mã mời không đăng trong "
					+ "nhóm). Nếu chưa thấy, xin mở tin nhắn riêng với bot, gõ /start, rồi gõ lại /moi ở đó.");
		String code = code(lastSentTo(ADMIN));
		assertThat(String.join("\n", sentTo(COMMITTEE))).doesNotContain(code);
		assertThat(LocalApi.last(say("u3", "/start " + code))).contains("Ấp Cầu");
	}

	@Test
	void badArgumentsGetTheUsageOrTheHamletCodes() {
		assertThat(LocalApi.last(say(ADMIN, "/moi"))).isEqualTo("Cách dùng: /moi <mã ấp>\nVí dụ: /moi cau");
		assertThat(LocalApi.last(say(ADMIN, "/invite cau trai-bi"))).startsWith("Cách dùng: /moi <mã ấp>");
		assertThat(LocalApi.last(say(ADMIN, "/moi xyz")))
			.isEqualTo("Không có ấp mã \"xyz\". Các mã ấp: cau, trai-bi, san-bay, moi");
		assertThat(jdbc.sql("SELECT count(*) FROM invite").query(Integer.class).single()).isZero();
	}

}
