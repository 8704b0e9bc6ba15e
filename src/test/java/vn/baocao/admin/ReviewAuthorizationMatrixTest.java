package vn.baocao.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.baocao.admin.AdminAuthorizationMatrixTest.Place;
import vn.baocao.admin.AdminAuthorizationMatrixTest.Role;
import vn.baocao.roster.Supervisors;
import vn.baocao.support.LocalApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two review commands, by canonical name and alias, × {admin, the unit's lead, a
 * stranger, a supervisor of another unit} × {private chat, committee group, another
 * group}: only an admin (or the unit's supervisor, see ReviewTest) gets a review stored;
 * the unit's own lead is told they cannot review their own unit, anyone else that they do
 * not oversee it, and nothing changes; in another group nobody gets an answer.
 */
class ReviewAuthorizationMatrixTest extends AdminChatTest {

	static final List<String> LINES = List.of("/accept cau", "/duyet cau", "/return cau số liệu chưa khớp",
			"/yeucausua cau số liệu chưa khớp");

	static Stream<Object[]> cases() {
		List<Object[]> cases = new ArrayList<>();
		for (String line : LINES) {
			for (Role role : Role.values()) {
				for (Place place : Place.values()) {
					cases.add(new Object[] { line, role, place });
				}
			}
		}
		return cases.stream();
	}

	@Autowired
	Supervisors supervisors;

	@BeforeEach
	void aReportToReview() {
		supervisors.add("moi", roster.find(local("u2")).orElseThrow(), "test", clock.instant());
		say(LEAD, "/baocao");
		say(LEAD, "30");
		say(LEAD, "90");
		say(LEAD, "gửi");
	}

	@ParameterizedTest(name = "{0} by {1} in {2}")
	@MethodSource("cases")
	void onlyAReviewerOfTheUnitGetsAReviewStored(String line, Role role, Place place) {
		String chatId = switch (place) {
			case PRIVATE -> role.userId;
			case COMMITTEE_GROUP -> COMMITTEE;
			case OTHER_GROUP -> "family-group";
		};
		String before = snapshot(chatId);

		List<Reply> replies = place == Place.PRIVATE ? say(role.userId, line) : inGroup(chatId, role.userId, line);

		if (place == Place.OTHER_GROUP) {
			assertThat(replies).isEmpty();
			assertThat(snapshot(chatId)).isEqualTo(before);
		}
		else if (role == Role.ADMIN_USER) {
			assertThat(replies.get(0).text()).containsAnyOf("✅ Đã duyệt báo cáo ngày 10/12/2024 của Ấp Cầu",
					"✍️ Đã yêu cầu Ấp Cầu bổ sung báo cáo ngày 10/12/2024");
			assertThat(snapshot(chatId)).isNotEqualTo(before);
		}
		else {
			String expected = role == Role.LEAD_USER ? "không tự duyệt báo cáo của đơn vị mình"
					: "không phụ trách Ấp Cầu";
			assertThat(replies).extracting(Reply::text).singleElement().asString().contains(expected);
			assertThat(snapshot(chatId)).isEqualTo(before);
		}
	}

}
