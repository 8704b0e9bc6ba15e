package vn.baocao.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.campaign.Channel;
import vn.baocao.report.ReviewState;
import vn.baocao.report.Reports;
import vn.baocao.report.Reviews;
import vn.baocao.report.Value;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;
import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations and review through the whole application on the local channel: an
 * organisation's lead answers its own template, its supervisor sends the report back from
 * the digest's button with a reason, the leads hear of it, an amendment waits again and
 * is accepted; who may not review is refused and nothing changes; the summary counts both
 * kinds of unit and totals a field shared by two templates against the commune's target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baocao.campaign-file=src/test/resources/review/campaign.yml",
				// the same few people script every test within one real minute: the flood
				// gate
				// (FloodGateTest) must not drop their answers
				"baocao.limits.updates-per-minute=100000" })
@Import(TestClockConfig.class)
class ReviewTest {

	static final LocalDate TODAY = LocalDate.of(2024, 12, 10);

	private static final Path DB = tempDb();

	private static final List<String> TABLES = List.of("assignment", "supervision", "audit_log", "conversation",
			"report_revision", "report_review", "local_message", "outbox", "processed_update", "chat_user");

	private static final Map<String, String> NAMES = Map.of("admin1", "Hưng", "u1", "Lan", "o1", "Tâm", "o2", "Hà",
			"hong", "Hồng", "gam", "Gấm", "s1", "Khách");

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", DB::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Roster roster;

	@Autowired
	Reports reports;

	@Autowired
	Reviews reviews;

	LocalApi api;

	@BeforeEach
	void cleanSlate() {
		api = new LocalApi(port);
		clock.set("2024-12-10T14:00");
		TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
		roster.addLead("cau", local("u1"), "campaign-file", clock.instant());
		roster.addLead("tramyte", local("o1"), "campaign-file", clock.instant());
		roster.addLead("tramyte", local("o2"), "campaign-file", clock.instant());
		NAMES.forEach((id, name) -> roster.remember(new ChatUser(local(id), name, null), clock.instant()));
		jdbc.sql("INSERT INTO supervision (campaign_id, hamlet_code, channel, user_id, name, supervised_from,"
				+ " assigned_by) VALUES ('review-test', 'tramyte', 'local', 'hong', 'Võ Thị Ánh Hồng', 0, 'test'),"
				+ " ('review-test', 'cau', 'local', 'gam', 'Ngô Huỳnh Gấm', 0, 'test')")
			.update();
	}

	@Test
	void anOrganisationReportIsReturnedFromTheDigestAmendedAndAccepted() {
		assertThat(LocalApi.all(say("o1", "/baocao"))).contains("Trạm y tế xã").contains("Số người được khám bệnh");
		say("o1", "12");
		say("o1", "không có");
		assertThat(LocalApi.all(say("o1", "gửi"))).contains("Đã nhận báo cáo của Trạm y tế xã");
		assertThat(reports.find("tramyte", TODAY).orElseThrow().latest().values())
			.containsEntry("examined", new Value.Number(java.math.BigDecimal.valueOf(12)))
			.containsEntry("gifts", new Value.Number(java.math.BigDecimal.ZERO));

		String digest = lastSentTo("hong");
		assertThat(digest).contains("Trạm y tế xã đã báo cáo").contains("Chờ duyệt");
		assertThat(optionsSentTo("hong")).containsExactly("Duyệt", "Yêu cầu bổ sung");
		assertThat(status()).contains("Trạm y tế xã: ✅ đúng hạn, gửi lúc 14:00, Tâm gửi — chờ duyệt")
			.contains("Ban ngành đã báo cáo: 1/2");

		clock.set("2024-12-10T14:10");
		assertThat(LocalApi.last(api.press("hong", "hong", "/return tramyte 10/12")))
			.startsWith("Xin gõ lý do cần bổ sung báo cáo ngày 10/12/2024 của Trạm y tế xã");
		assertThat(LocalApi.last(say("hong", "thiếu số người được cấp thuốc")))
			.startsWith("✍️ Đã yêu cầu Trạm y tế xã bổ sung báo cáo ngày 10/12/2024");
		for (String lead : List.of("o1", "o2")) {
			assertThat(lastSentTo(lead)).contains("cần bổ sung")
				.contains("Lý do: thiếu số người được cấp thuốc")
				.contains("Người duyệt: Hồng")
				.contains("/sua");
		}
		assertThat(status()).contains(
				"Trạm y tế xã: ✅ đúng hạn, gửi lúc 14:00, Tâm gửi — cần bổ sung" + " (thiếu số người được cấp thuốc)");

		clock.set("2024-12-10T14:20");
		say("o1", "/sua");
		say("o1", "15");
		say("o1", "=");
		assertThat(LocalApi.all(say("o1", "gửi"))).contains("bản sửa số 2");
		assertThat(lastSentTo("hong")).contains("Trạm y tế xã đã sửa báo cáo").contains("Chờ duyệt");
		assertThat(status()).contains("— chờ duyệt");

		assertThat(LocalApi.last(say("hong", "/duyet tramyte")))
			.isEqualTo("✅ Đã duyệt báo cáo ngày 10/12/2024 của Trạm y tế xã (lần gửi 2).");
		assertThat(lastSentTo("o1")).contains("đã được Hồng duyệt");
		assertThat(status()).contains("— đã duyệt").contains("Duyệt: 1 đã duyệt, 0 chờ duyệt, 0 cần bổ sung.");
		assertThat(LocalApi.last(say("hong", "/accept tramyte 10/12"))).contains("đã được duyệt rồi");
		assertThat(reviews.of("tramyte", TODAY)).extracting(r -> r.state() + "@" + r.revision())
			.containsExactly("RETURNED@1", "ACCEPTED@2");
		assertThat(LocalApi.last(say("admin1", "/nhatky"))).contains("/duyet tramyte").contains("/return tramyte");
	}

	@Test
	void nobodyReviewsTheirOwnUnitNorAUnitTheyDoNotOversee() {
		say("o1", "/baocao");
		say("o1", "12");
		say("o1", "3");
		say("o1", "gửi");
		String before = reviewRows();

		assertThat(LocalApi.last(say("o2", "/duyet tramyte"))).contains("không tự duyệt báo cáo của đơn vị mình");
		assertThat(LocalApi.last(say("o1", "/yeucausua tramyte sai"))).contains("không tự duyệt");
		assertThat(LocalApi.last(say("gam", "/duyet tramyte"))).contains("không phụ trách Trạm y tế xã");
		assertThat(LocalApi.last(say("s1", "/return tramyte sai số"))).contains("không phụ trách");
		assertThat(LocalApi.last(say("hong", "/duyet cau"))).contains("không phụ trách Ấp Cầu");
		assertThat(LocalApi.last(say("hong", "/duyet moi"))).contains("không phụ trách");
		assertThat(reviewRows()).isEqualTo(before);

		assertThat(LocalApi.last(say("admin1", "/duyet xa-la")))
			.startsWith("Không có ấp hoặc ban ngành mã \"xa-la\". Các mã: cau, moi, tramyte, phunu");
		assertThat(LocalApi.last(say("admin1", "/duyet cau"))).isEqualTo("Ấp Cầu chưa gửi báo cáo nào để duyệt.");
		assertThat(LocalApi.last(say("admin1", "/duyet"))).startsWith("Cách dùng: /duyet");
		assertThat(LocalApi.last(say("admin1", "/duyet tramyte"))).startsWith("✅ Đã duyệt");
		assertThat(reviews.of("tramyte", TODAY)).singleElement()
			.satisfies(r -> assertThat(r.state()).isEqualTo(ReviewState.ACCEPTED));
	}

	@Test
	void aTypedReturnNeedsNoButtonAndACancelledReasonChangesNothing() {
		say("u1", "/baocao");
		say("u1", "40");
		say("u1", "5");
		say("u1", "gửi");
		assertThat(LocalApi.last(say("gam", "/yeucausua cau"))).startsWith("Xin gõ lý do");
		assertThat(LocalApi.last(say("gam", "/huy"))).isEqualTo("Đã hủy, không có gì thay đổi.");
		assertThat(reviews.of("cau", TODAY)).isEmpty();
		assertThat(LocalApi.last(say("gam", "/yeucausua cau 10/12 số người chưa khớp danh sách")))
			.contains("Lý do: số người chưa khớp danh sách");
		assertThat(lastSentTo("u1")).contains("Lý do: số người chưa khớp danh sách");
		assertThat(reviews.of("cau", TODAY)).singleElement()
			.satisfies(r -> assertThat(r.reason()).isEqualTo("số người chưa khớp danh sách"));
	}

	@Test
	void twoLeadsReportingTheSameDayAreBothKeptAndBothTold() {
		say("o1", "/baocao");
		say("o2", "/baocao");
		say("o1", "12");
		say("o1", "1");
		say("o1", "gửi");
		say("o2", "20");
		say("o2", "2");
		String second = LocalApi.all(say("o2", "gửi"));

		assertThat(second).contains("do Tâm gửi trước")
			.contains("bản sửa số 2")
			.contains("Số liệu đang dùng là của bạn");
		assertThat(lastSentTo("o1")).contains("Hà cũng vừa gửi báo cáo ngày 10/12/2024 của Trạm y tế xã")
			.contains("Số liệu đang dùng là của Hà");
		assertThat(reports.find("tramyte", TODAY).orElseThrow().revisions()).hasSize(2);
	}

	@Test
	void theSummaryCountsBothKindsAndTotalsASharedFieldAgainstTheCommunesTarget() {
		say("u1", "/baocao");
		say("u1", "40");
		say("u1", "3");
		say("u1", "gửi");
		say("o1", "/baocao");
		say("o1", "12");
		say("o1", "2");
		say("o1", "gửi");

		say("admin1", "/tonghop");
		String summary = outTo("committee").stream()
			.map(m -> (String) m.get("text"))
			.filter(t -> t.contains("TỔNG HỢP BÁO CÁO"))
			.findFirst()
			.orElseThrow();
		assertThat(summary).contains("Đã báo cáo: 1/2 ấp")
			.contains("Ban ngành đã báo cáo: 1/2")
			.contains("Duyệt báo cáo: 0 đã duyệt, 2 chờ duyệt, 0 cần bổ sung")
			.contains("• Số phần quà đã tặng: 5 phần / chỉ tiêu 25 phần (20%)")
			.contains("• Số người được khám bệnh: 12 người / chỉ tiêu 300 người (4%)")
			.contains("Chưa báo cáo (2 đơn vị):\n• Ấp Mới\n• Hội Liên hiệp Phụ nữ xã");
	}

	@Test
	void anOrganisationsCodeWorksWhereverAHamletCodeDoes() {
		assertThat(LocalApi.last(say("admin1", "/vang phunu 11/12 họp hội")))
			.startsWith("Đã cho Hội Liên hiệp Phụ nữ xã vắng báo cáo ngày 11/12/2024");
		assertThat(LocalApi.all(say("admin1", "/dsap"))).contains("Trạm y tế xã [tramyte]")
			.contains("Hội Liên hiệp Phụ nữ xã [phunu]");
		String invite = LocalApi.all(say("admin1", "/moi phunu"));
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("/start ([A-Z0-9]{8,})").matcher(invite);
		assertThat(code.find()).as(invite).isTrue();
		assertThat(LocalApi.all(say("s1", "/start " + code.group(1)))).contains("Hội Liên hiệp Phụ nữ xã");
		assertThat(roster.leadsOf("phunu")).containsExactly(local("s1"));
		assertThat(LocalApi.all(say("s1", "/baocao"))).contains("Số người dân tham gia");
		say("s1", "/huy");
		assertThat(LocalApi.all(say("admin1", "/nhac"))).contains("Trạm y tế xã").contains("Hội Liên hiệp Phụ nữ xã");
		assertThat(lastSentTo("o1")).contains("Trạm y tế xã");
		assertThat(LocalApi.last(say("admin1", "/phancong tramyte s1"))).contains("Trạm y tế xã");
		assertThat(roster.leadsOf("tramyte")).containsExactly(local("s1"));
		// the new lead of an organisation reads "đơn vị", not "ấp"
		assertThat(lastSentTo("s1")).contains("Ban Chỉ đạo đã giao bạn báo cáo hằng ngày cho Trạm y tế xã")
			.containsAnyOf(": đơn vị chưa có báo cáo.", ": đơn vị đã báo cáo lúc", ": đơn vị được vắng")
			.doesNotContain("ấp");
	}

	private String status() {
		return LocalApi.last(say("admin1", "/tinhhinh"));
	}

	private String reviewRows() {
		return jdbc.sql("SELECT * FROM report_review").query().listOfRows().toString();
	}

	static UserRef local(String userId) {
		return new UserRef(Channel.LOCAL, userId);
	}

	private List<Reply> say(String userId, String text) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chatId", userId);
		body.put("userId", userId);
		body.put("userName", NAMES.getOrDefault(userId, userId));
		body.put("text", text);
		return api.post(body);
	}

	private List<Map<String, Object>> outTo(String chatId) {
		return api.transcript(chatId).stream().filter(e -> "out".equals(e.get("direction"))).toList();
	}

	private String lastSentTo(String chatId) {
		List<Map<String, Object>> sent = outTo(chatId);
		return sent.isEmpty() ? "" : (String) sent.get(sent.size() - 1).get("text");
	}

	@SuppressWarnings("unchecked")
	private List<String> optionsSentTo(String chatId) {
		List<Map<String, Object>> sent = outTo(chatId);
		List<String> labels = new ArrayList<>();
		for (Map<String, Object> option : (List<Map<String, Object>>) sent.get(sent.size() - 1).get("options")) {
			labels.add((String) option.get("label"));
		}
		return labels;
	}

	private static Path tempDb() {
		try {
			Path dir = Files.createTempDirectory("baocao-review-test");
			dir.toFile().deleteOnExit();
			return dir.resolve("review.db");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
