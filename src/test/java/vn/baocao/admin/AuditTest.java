package vn.baocao.admin;

import org.junit.jupiter.api.Test;

import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /nhatky: who did what when, with before and after, newest first; invitation codes never
 * in full.
 */
class AuditTest extends AdminChatTest {

	@Test
	void everyAdminActionIsLoggedWithBeforeAndAfter() {
		say(ADMIN, "/phancong cau @binh");
		clock.advance(java.time.Duration.ofMinutes(5));
		say(ADMIN, "/vang trai-bi 12/12 lũ");
		clock.advance(java.time.Duration.ofMinutes(5));
		String code = code(LocalApi.last(say(ADMIN, "/moi san-bay")));
		clock.advance(java.time.Duration.ofMinutes(5));
		say("u3", "/start " + code);
		say(ADMIN, "/huyvang trai-bi 12/12");

		String log = LocalApi.last(say(ADMIN, "/nhatky"));

		assertThat(log).isEqualTo("""
				5 thao tác gần nhất (mới nhất trước):
				14:15 10/12/2024, Hưng: /huyvang trai-bi 12/12
				    vắng ngày 12/12/2024 (lũ) → không vắng ngày 12/12/2024
				14:15 10/12/2024, u3: /start %1$s
				    (chưa có ai) → u3
				14:10 10/12/2024, Hưng: /moi san-bay
				    (không có) → mã mời %1$s cho Ấp Sân Bay, hết hạn lúc 14:10 13/12/2024
				14:05 10/12/2024, Hưng: /vang trai-bi 12/12 lũ
				    không vắng ngày 12/12/2024 → vắng ngày 12/12/2024 (lũ)
				14:00 10/12/2024, Hưng: /phancong cau @binh
				    Lan (@lan) → Bình (@binh)""".formatted(InviteCommand.masked(code)));
		assertThat(log).doesNotContain(code);
		assertThat(LocalApi.last(say(ADMIN, "/nhatky 1"))).isEqualTo("""
				1 thao tác gần nhất (mới nhất trước):
				14:15 10/12/2024, Hưng: /huyvang trai-bi 12/12
				    vắng ngày 12/12/2024 (lũ) → không vắng ngày 12/12/2024""");
	}

	@Test
	void readingAndRefusedCommandsAreNotLogged() {
		say(ADMIN, "/dsap");
		say(ADMIN, "/tinhhinh");
		say(ADMIN, "/admins");
		say(LEAD, "/phancong cau @lan");
		say(ADMIN, "/phancong cau");

		assertThat(LocalApi.last(say(ADMIN, "/nhatky"))).isEqualTo("Nhật ký chưa có thao tác nào.");
	}

	@Test
	void aCountThatIsNotBetweenOneAndFiftyGetsTheUsage() {
		String usage = "Cách dùng: /nhatky [số dòng, từ 1 đến 50]\nVí dụ: /nhatky 20";
		assertThat(LocalApi.last(say(ADMIN, "/nhatky 0"))).isEqualTo(usage);
		assertThat(LocalApi.last(say(ADMIN, "/nhatky 51"))).isEqualTo(usage);
		assertThat(LocalApi.last(say(ADMIN, "/audit mười"))).isEqualTo(usage);
		assertThat(LocalApi.last(say(ADMIN, "/audit 1 2"))).isEqualTo(usage);
	}

}
