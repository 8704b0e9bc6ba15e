package vn.baocao.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page and action of the console and the local channel, asked by every kind of
 * visitor (no session, an admin's, a supervisor's, a lead who tried /dangnhap, someone
 * with an expired or a reused link) over every way in (this machine, through a proxy,
 * from another address), over real HTTP: the status, and that nothing changed where it
 * must not. The token cases are in {@link LocalTokenTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baocao.campaign-file=src/test/resources/web/campaign.yml",
				"baocao.web.logins-per-minute=1000" })
@Import(TestClockConfig.class)
class WebAuthorizationMatrixTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/login/[A-Za-z0-9_-]+)");

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("web.db").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void morningOfTheFirstDay() {
		clock.set("2024-12-10T14:00");
	}

	/** Ways a request can come in. */
	enum Way {

		LOOPBACK, FORWARDED, FORWARDED_RFC7239

	}

	WebClient client(Way way) {
		WebClient client = new WebClient("http://127.0.0.1:" + port);
		return switch (way) {
			case LOOPBACK -> client;
			case FORWARDED -> client.with("X-Forwarded-For", "203.0.113.7");
			case FORWARDED_RFC7239 -> client.with("Forwarded", "for=203.0.113.7;proto=https");
		};
	}

	/** A local user's private message, sent from this machine as the simulator does. */
	HttpResponse<String> say(String userId, String text) {
		return client(Way.LOOPBACK).postJson("/api/local/messages", "{\"chatId\":\"" + userId + "\",\"userId\":\""
				+ userId + "\",\"userName\":\"" + userId + "\",\"text\":\"" + text + "\"}");
	}

	/** The sign-in path the bot gave this user for /dangnhap, if it gave one. */
	Optional<String> linkFor(String userId) {
		HttpResponse<String> reply = say(userId, "/dangnhap");
		assertThat(reply.statusCode()).isEqualTo(200);
		Matcher m = LINK.matcher(reply.body());
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	WebClient signedIn(String userId, Way way) {
		WebClient client = client(way);
		HttpResponse<String> login = client.get(linkFor(userId).orElseThrow());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
		return client;
	}

	long audited(String command) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE command = ?").param(command).query(Long.class).single();
	}

	long transcriptSize(String chatId) {
		return jdbc.sql("SELECT COUNT(*) FROM local_message WHERE chat_id = ?")
			.param(chatId)
			.query(Long.class)
			.single();
	}

	// ---- the local channel's door -------------------------------------------------

	@Test
	void theLocalChannelAnswersThisMachineAndNoProxyNorOtherAddress() {
		assertThat(say("admin1", "/trogiup").statusCode()).isEqualTo(200);
		assertThat(client(Way.LOOPBACK).get("/api/local/chats/admin1").statusCode()).isEqualTo(200);
		for (Way way : List.of(Way.FORWARDED, Way.FORWARDED_RFC7239)) {
			long before = transcriptSize("admin1");
			long invites = jdbc.sql("SELECT COUNT(*) FROM invite").query(Long.class).single();
			HttpResponse<String> post = client(way).postJson("/api/local/messages",
					"{\"chatId\":\"admin1\",\"userId\":\"admin1\",\"text\":\"/moi cau\"}");
			assertThat(post.statusCode()).as(way.name()).isEqualTo(403);
			assertThat(post.body()).startsWith("{\"error\":\"").doesNotContain("\n");
			assertThat(transcriptSize("admin1")).as("nothing applied").isEqualTo(before);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM invite").query(Long.class).single()).isEqualTo(invites);
			HttpResponse<String> encoded = client(way).postJson("/api/local/%6Dessages",
					"{\"chatId\":\"admin1\",\"userId\":\"admin1\",\"text\":\"/moi cau\"}");
			assertThat(encoded.statusCode()).as(way.name() + ", the path spelled otherwise").isIn(400, 403);
			assertThat(transcriptSize("admin1")).isEqualTo(before);
			HttpResponse<String> chat = client(way).get("/api/local/chats/admin1");
			assertThat(chat.statusCode()).isEqualTo(403);
			assertThat(chat.body()).doesNotContain("trogiup");
		}
	}

	@Test
	void anotherAddressOfThisMachineIsNotLoopback() throws SocketException {
		Optional<InetAddress> outside = nonLoopbackAddress();
		assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address to call from");
		WebClient remote = new WebClient("http://" + outside.get().getHostAddress() + ":" + port);
		long before = transcriptSize("admin1");
		HttpResponse<String> post = remote.postJson("/api/local/messages",
				"{\"chatId\":\"admin1\",\"userId\":\"admin1\",\"text\":\"/moi cau\"}");
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.body()).contains("\"error\"");
		assertThat(transcriptSize("admin1")).isEqualTo(before);
		assertThat(remote.get("/api/local/chats/admin1").statusCode()).isEqualTo(403);
		assertThat(remote.get("/").body()).doesNotContain("id=\"simulator\"").contains("/dangnhap");
		assertThat(remote.get("/api/local/files/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).as("files stay public")
			.isEqualTo(404);
		assertThat(remote.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void aPageOfAnotherSiteCannotPlayALocalUser() {
		long before = transcriptSize("admin1");
		HttpResponse<String> post = client(Way.LOOPBACK).with("Origin", "https://evil.example")
			.postJson("/api/local/messages", "{\"chatId\":\"admin1\",\"userId\":\"admin1\",\"text\":\"/moi cau\"}");
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(transcriptSize("admin1")).isEqualTo(before);
		assertThat(client(Way.LOOPBACK).with("Origin", "http://localhost:" + port)
			.postJson("/api/local/messages", "{\"chatId\":\"admin1\",\"userId\":\"admin1\",\"text\":\"/trogiup\"}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void filesHealthAndTheHomePageAnswerEveryWay() {
		for (Way way : Way.values()) {
			WebClient client = client(way);
			assertThat(client.get("/api/local/files/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).as(way.name())
				.isEqualTo(404);
			assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
			assertThat(client.get("/actuator/env").statusCode()).isIn(403, 404, 302);
			HttpResponse<String> home = client.get("/");
			assertThat(home.statusCode()).isEqualTo(200);
			if (way == Way.LOOPBACK) {
				assertThat(home.body()).contains("id=\"simulator\"");
			}
			else {
				assertThat(home.body()).doesNotContain("id=\"simulator\"").contains("/dangnhap");
			}
		}
	}

	// ---- who gets a link -----------------------------------------------------------

	@Test
	void onlyAdminsAndSupervisorsGetALink() {
		long issued = audited("dangnhap");
		assertThat(linkFor("u1")).as("a lead").isEmpty();
		assertThat(linkFor("stranger")).as("a stranger").isEmpty();
		assertThat(say("u1", "/dangnhap").body()).contains("chỉ quản trị viên và cán bộ phụ trách ấp");
		assertThat(audited("dangnhap")).isEqualTo(issued);
		assertThat(linkFor("admin1")).isPresent();
		assertThat(linkFor("gam")).isPresent();
		assertThat(audited("dangnhap")).isEqualTo(issued + 2);
		HttpResponse<String> inGroup = client(Way.LOOPBACK).postJson("/api/local/messages",
				"{\"chatId\":\"committee\",\"userId\":\"admin1\",\"text\":\"/dangnhap\"}");
		assertThat(LINK.matcher(inGroup.body()).find()).as("never in a group").isFalse();
	}

	@Test
	void onlyTheHashOfACodeIsStored() {
		String path = linkFor("admin1").orElseThrow();
		String code = path.substring("/login/".length());
		assertThat(code).hasSize(43);
		List<String> stored = jdbc.sql("SELECT code_hash FROM web_login").query(String.class).list();
		assertThat(stored).doesNotContain(code).contains(LoginLinks.hash(code));
	}

	// ---- pages and actions × visitors × ways ----------------------------------------

	/** Who is asking. */
	enum Visitor {

		NO_SESSION, ADMIN, SUPERVISOR, LEAD_ATTEMPT, EXPIRED_LINK, REUSED_LINK

	}

	WebClient visitor(Visitor visitor, Way way) {
		return switch (visitor) {
			case NO_SESSION -> client(way);
			case ADMIN -> signedIn("admin1", way);
			case SUPERVISOR -> signedIn("gam", way);
			case LEAD_ATTEMPT -> {
				WebClient client = client(way);
				assertThat(linkFor("u1")).isEmpty();
				assertThat(client.get("/login/" + "x".repeat(43)).statusCode()).isEqualTo(404);
				yield client;
			}
			case EXPIRED_LINK -> {
				String link = linkFor("admin1").orElseThrow();
				clock.advance(Duration.ofMinutes(10).plusSeconds(1));
				WebClient client = client(way);
				HttpResponse<String> login = client.get(link);
				assertThat(login.statusCode()).isEqualTo(410);
				assertThat(login.body()).contains("hết hạn");
				clock.set("2024-12-10T14:00");
				yield client;
			}
			case REUSED_LINK -> {
				String link = linkFor("admin1").orElseThrow();
				assertThat(client(way).get(link).statusCode()).isEqualTo(302);
				WebClient client = client(way);
				HttpResponse<String> again = client.get(link);
				assertThat(again.statusCode()).isEqualTo(410);
				assertThat(again.body()).contains("đã được dùng");
				yield client;
			}
		};
	}

	@Test
	void everyPageAndActionForEveryVisitorAndWay() {
		List<String> failures = new ArrayList<>();
		for (Way way : List.of(Way.LOOPBACK, Way.FORWARDED)) {
			for (Visitor who : Visitor.values()) {
				WebClient client = visitor(who, way);
				boolean admin = who == Visitor.ADMIN;
				boolean supervisor = who == Visitor.SUPERVISOR;
				boolean in = admin || supervisor;
				String label = who + " via " + way;
				if (!in) {
					assertThat(client.hasSessionCookie()).as(label + ": no session").isFalse();
				}
				check(failures, label, client.get("/dashboard"), in ? 200 : 302);
				check(failures, label, client.get("/dashboard?day=2024-12-11"), in ? 200 : 302);
				check(failures, label, client.get("/dashboard/live"), in ? 200 : 302);
				check(failures, label, client.get("/dashboard/units/cau"), in ? 200 : 302);
				check(failures, label, client.get("/dashboard/units/san-bay"), admin ? 200 : supervisor ? 404 : 302);
				for (String file : List.of("day.xlsx", "campaign.xlsx", "chart.png")) {
					check(failures, label, client.get("/dashboard/files/" + file),
							admin ? 200 : supervisor ? 403 : 302);
				}
				HttpResponse<String> unsigned = client.get("/dashboard");
				if (!in) {
					assertThat(unsigned.headers().firstValue("Location").orElse("")).endsWith("/signin");
					assertThat(unsigned.body()).doesNotContain("Ấp Cầu");
				}
				actions(failures, label, client, admin);
			}
		}
		assertThat(failures).isEmpty();
	}

	private void actions(List<String> failures, String label, WebClient client, boolean admin) {
		String token = client.csrf("/dashboard").orElse("none");
		for (String action : List.of("remind", "summary")) {
			long web = audited("web");
			long committee = transcriptSize("committee");
			long lead = transcriptSize("u3");
			// without the CSRF token: refused for everyone, nothing changes
			check(failures, label + " " + action + " without CSRF",
					client.postForm("/dashboard/" + action, Map.of("day", "2024-12-10")), 403);
			assertThat(audited("web")).as(label).isEqualTo(web);
			HttpResponse<String> done = client.postForm("/dashboard/" + action,
					Map.of("day", "2024-12-10", "_csrf", token));
			check(failures, label + " " + action, done, admin ? 302 : 403);
			if (admin) {
				assertThat(audited("web")).isEqualTo(web + 1);
				if (action.equals("summary")) {
					assertThat(transcriptSize("committee")).as("summary posted").isGreaterThan(committee);
				}
				else {
					assertThat(transcriptSize("u3")).as("lead reminded").isGreaterThan(lead);
				}
			}
			else {
				assertThat(audited("web")).as(label + ": nothing done").isEqualTo(web);
				assertThat(transcriptSize("committee")).isEqualTo(committee);
				assertThat(transcriptSize("u3")).isEqualTo(lead);
			}
		}
	}

	private static void check(List<String> failures, String label, HttpResponse<String> response, int expected) {
		if (response.statusCode() != expected) {
			failures.add(label + " " + response.request().method() + " " + response.uri().getPath()
					+ response.uri().getQuery() + ": " + response.statusCode() + " instead of " + expected);
		}
	}

	// ---- what each sees ------------------------------------------------------------

	@Test
	void anAdminSeesEveryUnitASupervisorOnlyTheirs() {
		String admin = signedIn("admin1", Way.LOOPBACK).get("/dashboard").body();
		assertThat(admin).contains("id=\"unit-cau\"", "id=\"unit-trai-bi\"", "id=\"unit-san-bay\"", "id=\"unit-moi\"")
			.contains("Gửi tổng hợp", "Nhắc ngay");
		String supervisor = signedIn("gam", Way.FORWARDED).get("/dashboard").body();
		assertThat(supervisor).contains("id=\"unit-cau\"", "id=\"unit-trai-bi\"")
			.doesNotContain("id=\"unit-san-bay\"", "id=\"unit-moi\"", "Gửi tổng hợp", "Nhắc ngay");
	}

	@Test
	void aSessionIsANewCookieHttpOnlyLaxAndEndsAfterTwelveHours() {
		WebClient client = client(Way.LOOPBACK);
		client.get("/dashboard");
		Optional<String> before = client.sessionCookie();
		HttpResponse<String> login = client.get(linkFor("admin1").orElseThrow());
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("BAOCAO_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(client.sessionCookie()).isPresent().isNotEqualTo(before);
		assertThat(client.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(audited("web-login")).isPositive();
		clock.advance(Duration.ofHours(12));
		assertThat(client.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void logoutEndsTheSession() {
		WebClient client = signedIn("admin1", Way.LOOPBACK);
		String token = client.csrf("/dashboard").orElseThrow();
		assertThat(client.postForm("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
		assertThat(client.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		HttpResponse<String> page = signedIn("admin1", Way.LOOPBACK).get("/dashboard");
		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
		assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(page.body()).doesNotContain("<script>").contains("src=\"/js/dashboard.js\"");
	}

	private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (!nic.isUp() || nic.isLoopback()) {
				continue;
			}
			for (InetAddress address : Collections.list(nic.getInetAddresses())) {
				if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
					return Optional.of(address);
				}
			}
		}
		return Optional.empty();
	}

}
