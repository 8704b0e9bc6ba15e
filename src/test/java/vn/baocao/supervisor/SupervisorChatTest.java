package vn.baocao.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.campaign.Channel;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;
import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

/**
 * The supervisor tests' shared ground: the whole application on the local channel over
 * real HTTP, a temp SQLite file, the supervisor test campaign, and a clean slate before
 * each test at 14:00 on its first day: u1 "Lan" leads Ấp Cầu, u2 "Bình" Ấp Trại Bí, u3 Ấp
 * Sân Bay; gam "Gấm" oversees Ấp Cầu and Ấp Trại Bí as the plan's Ngô Huỳnh Gấm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baocao.campaign-file=src/test/resources/supervisors/campaign.yml",
				// one lead reports and amends many times within a minute here
				"baocao.limits.updates-per-minute=100000" })
@Import(TestClockConfig.class)
abstract class SupervisorChatTest {

	static final String ADMIN = "admin1";

	static final String GAM = "gam";

	static final String COMMITTEE = "committee";

	private static final Path DB = tempDb();

	/** Display name and @username each test user's channel reports with every message. */
	private static final Map<String, String[]> PEOPLE = Map.of(ADMIN, new String[] { "Hưng", "hung" }, "u1",
			new String[] { "Lan", "lan" }, "u2", new String[] { "Bình", "binh" }, GAM, new String[] { "Gấm", "gam" },
			"tuan", new String[] { "Tuẩn", "tuan" }, "s1", new String[] { "Khách", "khach" });

	private static final List<String> TABLES = List.of("assignment", "supervision", "supervisor_escalation", "invite",
			"invite_failure", "excuse", "audit_log", "committee_chat", "conversation", "report_revision",
			"local_message", "outbox", "processed_update", "chat_user");

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
	Supervisors supervisors;

	LocalApi api;

	@BeforeEach
	void cleanSlate() {
		api = new LocalApi(port);
		clock.set("2024-12-10T14:00");
		TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
		PEOPLE.forEach((id, person) -> meet(id, person[0], person[1]));
		roster.addLead("cau", local("u1"), "campaign-file", clock.instant());
		roster.addLead("trai-bi", local("u2"), "campaign-file", clock.instant());
		roster.addLead("san-bay", local("u3"), "campaign-file", clock.instant());
		ChatUser gam = roster.find(local(GAM)).orElseThrow();
		supervisors.add("cau", gam, "campaign-file", clock.instant());
		supervisors.add("trai-bi", gam, "campaign-file", clock.instant());
	}

	static UserRef local(String userId) {
		return new UserRef(Channel.LOCAL, userId);
	}

	void meet(String userId, String name, String username) {
		roster.remember(new ChatUser(local(userId), name, username), clock.instant());
	}

	/** A private chat: its id is the user's id, as on every channel. */
	List<Reply> say(String userId, String text) {
		return send(userId, userId, text, false);
	}

	List<Reply> inGroup(String chatId, String userId, String text) {
		return send(chatId, userId, text, true);
	}

	private List<Reply> send(String chatId, String userId, String text, boolean group) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chatId", chatId);
		body.put("userId", userId);
		String[] person = PEOPLE.get(userId);
		body.put("userName", person == null ? userId : person[0]);
		if (person != null) {
			body.put("username", person[1]);
		}
		body.put("text", text);
		if (group) {
			body.put("chatType", "group");
		}
		return api.post(body);
	}

	/**
	 * Lan's report for Ấp Cầu, with the metres cleared and the difficulties as given
	 * ("/bo" skips).
	 */
	String reportCau(String residents, String cleared, String difficulties) {
		say("u1", "/baocao");
		say("u1", residents);
		say("u1", cleared);
		say("u1", difficulties);
		return LocalApi.last(say("u1", "gửi"));
	}

	/** What the bot has sent to a chat so far, oldest first. */
	List<String> sentTo(String chatId) {
		List<String> texts = new ArrayList<>();
		for (Map<String, Object> entry : api.transcript(chatId)) {
			if ("out".equals(entry.get("direction"))) {
				texts.add((String) entry.get("text"));
			}
		}
		return texts;
	}

	String lastSentTo(String chatId) {
		List<String> sent = sentTo(chatId);
		return sent.isEmpty() ? "" : sent.get(sent.size() - 1);
	}

	/** Every chat the bot wrote to, for "nobody else was told" checks. */
	List<String> chatsWrittenTo() {
		return jdbc.sql("SELECT DISTINCT chat_id FROM local_message WHERE direction = 'out' ORDER BY chat_id")
			.query(String.class)
			.list();
	}

	private static Path tempDb() {
		try {
			Path dir = Files.createTempDirectory("baocao-supervisor-test");
			dir.toFile().deleteOnExit();
			return dir.resolve("supervisors.db");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
