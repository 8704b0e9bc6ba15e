package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.baocao.roster.Excuses;
import vn.baocao.roster.Excuses.Excuse;
import vn.baocao.roster.Supervisors;
import vn.baocao.support.LocalApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin command, by its canonical name and its alias, × {admin, lead, stranger,
 * supervisor} × {private chat, committee group, another group}, through the real HTTP
 * channel, router and database: only an admin in a private chat or the committee group
 * gets anything done; a lead or a stranger there gets the refusal and nothing changes; in
 * another group nobody gets an answer (except an admin's /setgroup, which is how a group
 * becomes the committee's).
 */
class AdminAuthorizationMatrixTest extends AdminChatTest {

	enum Role {

		ADMIN_USER(ADMIN), LEAD_USER(LEAD), STRANGER_USER(STRANGER),
		/** Bình (u2), who oversees Ấp Mới: a supervisor is no admin. */
		SUPERVISOR_USER("u2");

		final String userId;

		Role(String userId) {
			this.userId = userId;
		}

	}

	enum Place {

		PRIVATE, COMMITTEE_GROUP, OTHER_GROUP

	}

	/**
	 * A command line and what an admin sees: {@code privately} in a private chat,
	 * {@code inGroup} in the committee group; {@code changes} whether an admin's run
	 * changes stored state.
	 */
	record Command(String line, String privately, String inGroup, boolean changes) {
	}

	static final List<Command> COMMANDS = commands();

	private static List<Command> commands() {
		List<Command> all = new ArrayList<>();
		for (String[] names : new String[][] { { "hamlets", "dsap" }, { "status", "tinhhinh" }, { "invite", "moi" },
				{ "assign", "phancong" }, { "unassign", "huyphancong" }, { "excuse", "vang" },
				{ "unexcuse", "huyvang" }, { "remind", "nhac" }, { "admins", "quantri" }, { "audit", "nhatky" },
				{ "setgroup", "datnhom" }, { "supervise", "phutrach" }, { "unsupervise", "huyphutrach" } }) {
			for (String name : names) {
				all.add(command(names[0], "/" + name));
			}
		}
		return all;
	}

	private static Command command(String canonical, String name) {
		return switch (canonical) {
			case "hamlets" -> new Command(name, "1. Ấp Cầu [cau]: Lan (@lan)", "1. Ấp Cầu [cau]: Lan (@lan)", false);
			case "status" ->
				new Command(name, "Tình hình báo cáo ngày 10/12/2024", "Tình hình báo cáo ngày 10/12/2024", false);
			case "invite" ->
				new Command(name + " cau", "Mã mời người báo cáo cho Ấp Cầu", "Đã gửi mã mời cho Ấp Cầu", true);
			case "assign" -> new Command(name + " cau @binh", "Đã giao Ấp Cầu cho Bình (@binh), thay Lan (@lan)",
					"Đã giao Ấp Cầu cho Bình (@binh), thay Lan (@lan)", true);
			case "unassign" -> new Command(name + " cau", "Đã thôi giao Ấp Cầu cho Lan (@lan)",
					"Đã thôi giao Ấp Cầu cho Lan (@lan)", true);
			case "excuse" -> new Command(name + " trai-bi 11/12 lũ", "Đã cho Ấp Trại Bí vắng báo cáo ngày 11/12/2024",
					"Đã cho Ấp Trại Bí vắng báo cáo ngày 11/12/2024", true);
			case "unexcuse" ->
				new Command(name + " san-bay", "Đã hủy cho vắng: Ấp Sân Bay", "Đã hủy cho vắng: Ấp Sân Bay", true);
			case "remind" -> new Command(name, "Đã nhắc 1 ấp chưa báo cáo ngày 10/12/2024: Ấp Cầu",
					"Đã nhắc 1 ấp chưa báo cáo ngày 10/12/2024: Ấp Cầu", true);
			case "admins" -> new Command(name, "• kênh local: Hưng (@hung)", "• kênh local: Hưng (@hung)", false);
			case "audit" -> new Command(name, "Nhật ký chưa có thao tác nào.", "Nhật ký chưa có thao tác nào.", false);
			case "setgroup" ->
				new Command(name, "Lệnh này dùng trong nhóm", "Đã đặt nhóm này làm nhóm Ban Chỉ đạo", true);
			case "supervise" -> new Command(name + " cau @binh", "Đã ghi Bình (@binh) là người phụ trách Ấp Cầu",
					"Đã ghi Bình (@binh) là người phụ trách Ấp Cầu", true);
			case "unsupervise" -> new Command(name + " moi @binh", "Đã thôi ghi Bình (@binh) là người phụ trách Ấp Mới",
					"Đã thôi ghi Bình (@binh) là người phụ trách Ấp Mới", true);
			default -> throw new IllegalArgumentException(canonical);
		};
	}

	static Stream<Object[]> cases() {
		List<Object[]> cases = new ArrayList<>();
		for (Command command : COMMANDS) {
			for (Role role : Role.values()) {
				for (Place place : Place.values()) {
					cases.add(new Object[] { command, role, place });
				}
			}
		}
		return cases.stream();
	}

	@Autowired
	Excuses excuses;

	@Autowired
	Supervisors supervisors;

	@BeforeEach
	void somethingToTakeBack() {
		excuses.excuse(new Excuse("san-bay", LocalDate.of(2024, 12, 10), "ốm", local(ADMIN), clock.instant()));
		supervisors.add("moi", roster.find(local("u2")).orElseThrow(), "test", clock.instant());
	}

	@ParameterizedTest(name = "{0} by {1} in {2}")
	@MethodSource("cases")
	void onlyAdminsWhereAdminsWorkGetAnythingDone(Command command, Role role, Place place) {
		String chatId = switch (place) {
			case PRIVATE -> role.userId;
			case COMMITTEE_GROUP -> COMMITTEE;
			case OTHER_GROUP -> "family-group";
		};
		String before = snapshot(chatId);

		List<Reply> replies = place == Place.PRIVATE ? say(role.userId, command.line())
				: inGroup(chatId, role.userId, command.line());

		boolean binding = command.line().startsWith("/setgroup") || command.line().startsWith("/datnhom");
		if (role != Role.ADMIN_USER && place != Place.OTHER_GROUP) {
			assertThat(replies).extracting(Reply::text).containsExactly(REFUSED);
			assertThat(snapshot(chatId)).isEqualTo(before);
		}
		else if (place == Place.OTHER_GROUP && !(role == Role.ADMIN_USER && binding)) {
			assertThat(replies).isEmpty();
			assertThat(snapshot(chatId)).isEqualTo(before);
		}
		else if (place == Place.OTHER_GROUP) {
			assertThat(replies).extracting(Reply::text).singleElement().asString().contains("Đã đặt nhóm này");
			assertThat(snapshot(chatId)).isNotEqualTo(before);
		}
		else {
			String expected = place == Place.PRIVATE ? command.privately() : command.inGroup();
			assertThat(replies).isNotEmpty();
			assertThat(replies.get(0).text()).contains(expected).isNotEqualTo(REFUSED);
			boolean changes = command.changes() && !(binding && place == Place.PRIVATE);
			if (changes) {
				assertThat(snapshot(chatId)).isNotEqualTo(before);
			}
			else {
				assertThat(snapshot(chatId)).isEqualTo(before);
			}
		}
	}

}
