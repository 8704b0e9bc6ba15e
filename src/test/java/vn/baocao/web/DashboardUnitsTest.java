package vn.baocao.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.LocalApi;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over real HTTP with hamlets and organisations: every unit of the campaign
 * for an admin, hamlets first, each with its own template's figures and targets and its
 * review state as the local channel's /accept and /return leave it; a supervisor of an
 * organisation sees that organisation and no other unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baocao.campaign-file=src/test/resources/web/units-campaign.yml",
				"baocao.web.logins-per-minute=1000" })
@Import(TestClockConfig.class)
class DashboardUnitsTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/login/[A-Za-z0-9_-]+)");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("units.db").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	LocalApi api;

	@BeforeEach
	void firstDay() {
		api = new LocalApi(port);
		clock.set("2024-12-10T14:00");
	}

	String say(String userId, String text) {
		return LocalApi.all(api.send(userId, userId, text));
	}

	WebClient signedIn(String userId) {
		Matcher link = LINK.matcher(say(userId, "/dangnhap"));
		assertThat(link.find()).as("a sign-in link for " + userId).isTrue();
		WebClient client = new WebClient("http://127.0.0.1:" + port);
		HttpResponse<String> login = client.get(link.group(1));
		assertThat(login.statusCode()).isEqualTo(302);
		return client;
	}

	/** The row of one unit on the page, from its opening tag to its end. */
	static String row(String page, String code) {
		int start = page.indexOf("id=\"unit-" + code + "\"");
		assertThat(start).as("row of " + code).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	@Test
	void everyUnitWithItsTemplateAndReviewStateForTheAdminTheirOwnForASupervisor() {
		WebClient admin = signedIn("admin1");
		String before = admin.get("/dashboard").body();
		assertThat(before).contains("id=\"units-hamlets\"", "id=\"units-organisations\"", "Ban ngành, đoàn thể")
			.contains("id=\"unit-cau\"", "id=\"unit-moi\"", "id=\"unit-tramyte\"", "id=\"unit-phunu\"");
		assertThat(before.indexOf("id=\"unit-moi\"")).as("hamlets first")
			.isLessThan(before.indexOf("id=\"unit-tramyte\""));
		assertThat(row(before, "tramyte")).contains("data-state=\"missing\"")
			.doesNotContain("data-review")
			.contains("Số người được khám bệnh</span>: <span>0 người / 300 người (0%)");
		assertThat(before).contains("Ban ngành đã báo cáo: <strong>0/2</strong>");

		say("o1", "/baocao");
		say("o1", "12");
		say("o1", "không có");
		assertThat(say("o1", "gửi")).contains("Đã nhận báo cáo của Trạm y tế xã");
		String reported = admin.get("/dashboard/live").body();
		assertThat(row(reported, "tramyte")).contains("data-state=\"on-time\"", "data-review=\"waiting\"")
			.contains("data-kind=\"organisations\"")
			.contains("chờ duyệt")
			.contains("Số người được khám bệnh</span>: <strong>12 người</strong>")
			.contains("Số phần quà</span>: <strong>0 phần</strong>")
			.contains("12 người / 300 người (4%)")
			.doesNotContain("Số người dân tham gia");
		assertThat(reported).contains("Ban ngành đã báo cáo: <strong>1/2</strong>")
			.contains("Đã báo cáo: <strong>0/2</strong> ấp");

		clock.set("2024-12-10T14:20");
		assertThat(say("admin1", "/accept tramyte")).contains("Đã duyệt báo cáo ngày 10/12/2024 của Trạm y tế xã");
		String accepted = admin.get("/dashboard").body();
		assertThat(row(accepted, "tramyte")).contains("data-review=\"accepted\"", "đã duyệt", "admin1 lúc 14:20");
		assertThat(accepted)
			.containsPattern("Duyệt báo cáo: đã duyệt <strong>1</strong>\\s*· chờ duyệt <strong>0</strong>");

		say("u1", "/baocao");
		say("u1", "40");
		say("u1", "2");
		say("u1", "gửi");
		assertThat(say("gam", "/return cau thiếu ảnh buổi lao động")).contains("Đã yêu cầu Ấp Cầu bổ sung");
		String returned = admin.get("/dashboard").body();
		assertThat(row(returned, "cau")).contains("data-kind=\"hamlets\"", "data-review=\"returned\"", "cần bổ sung")
			.contains("thiếu ảnh buổi lao động")
			.contains("Số người dân tham gia</span>: <strong>40 người</strong>");
		assertThat(admin.get("/dashboard/units/cau").body()).contains("cần bổ sung")
			.contains("thiếu ảnh buổi lao động");

		WebClient hong = signedIn("hong");
		String own = hong.get("/dashboard").body();
		assertThat(row(own, "tramyte")).contains("data-review=\"accepted\"", "12 người");
		assertThat(own).doesNotContain("id=\"unit-cau\"", "id=\"unit-moi\"", "id=\"unit-phunu\"",
				"id=\"units-hamlets\"", "Gửi tổng hợp");
		assertThat(hong.get("/dashboard/units/tramyte").statusCode()).isEqualTo(200);
		assertThat(hong.get("/dashboard/units/cau").statusCode()).isEqualTo(404);
	}

}
