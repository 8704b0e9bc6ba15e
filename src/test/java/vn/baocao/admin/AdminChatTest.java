package vn.baocao.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import vn.baocao.roster.UserRef;
import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

/**
 * The admin tests' shared ground: the whole application on the local channel over real
 * HTTP, a temp SQLite file, the admin test campaign, and a clean slate before each test
 * (u1 leads Ấp Cầu, as the file says; admin1, u1, u2 "Bình" @binh and the stranger s1
 * have talked to the bot). One context serves every subclass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baocao.campaign-file=src/test/resources/admin/campaign.yml",
				// these tests send every admin command as every role within the same
				// minute
				"baocao.limits.updates-per-minute=100000", "baocao.limits.group-refusal-quiet=0s" })
@Import({ TestClockConfig.class, LocalDeepLinks.class })
abstract class AdminChatTest {

	static final String REFUSED = "Xin lỗi, lệnh này chỉ dành cho quản trị viên của Ban Chỉ đạo.";

	static final String ADMIN = "admin1";

	static final String LEAD = "u1";

	static final String STRANGER = "s1";

	static final String COMMITTEE = "committee";

	private static final Path DB = tempDb();

	private static final Pattern CODE = Pattern.compile("/start ([A-Z0-9]{8,})");

	/** Display name and @username each test user's channel reports with every message. */
	private static final Map<String, String[]> PEOPLE = Map.of(ADMIN, new String[] { "Hưng", "hung" }, LEAD,
			new String[] { "Lan", "lan" }, "u2", new String[] { "Bình", "binh" }, STRANGER,
			new String[] { "Khách", "khach" });

	private static final List<String> TABLES = List.of("assignment", "supervision", "supervisor_escalation", "invite",
			"invite_failure", "excuse", "audit_log", "committee_chat", "conversation", "report_revision",
			"report_review", "local_message", "outbox", "processed_update", "chat_user");

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

	LocalApi api;

	@BeforeEach
	void cleanSlate() {
		api = new LocalApi(port);
		clock.set("2024-12-10T14:00");
		TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
		roster.addLead("cau", local(LEAD), "campaign-file", clock.instant());
		PEOPLE.forEach((id, person) -> meet(id, person[0], person[1]));
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

	static String code(String text) {
		Matcher m = CODE.matcher(text);
		if (!m.find()) {
			throw new AssertionError("No invitation code in: " + text);
		}
		return m.group(1);
	}

	List<UserRef> leadsOfCau() {
		return roster.leadsOf("cau");
	}

	/**
	 * Everything admin commands could change, plus what was said in every chat but
	 * {@code except}: equal snapshots mean nothing changed outside that chat.
	 */
	String snapshot(String except) {
		StringBuilder all = new StringBuilder();
		for (String table : List.of("assignment", "supervision", "invite", "excuse", "audit_log", "committee_chat",
				"conversation", "report_revision", "report_review", "outbox")) {
			all.append(table).append(jdbc.sql("SELECT * FROM " + table).query().listOfRows()).append('\n');
		}
		all.append(jdbc.sql("SELECT chat_id, direction, message_json FROM local_message WHERE chat_id <> ? ORDER BY id")
			.param(except)
			.query()
			.listOfRows());
		return all.toString();
	}

	private static Path tempDb() {
		try {
			Path dir = Files.createTempDirectory("baocao-admin-test");
			dir.toFile().deleteOnExit();
			return dir.resolve("admin.db");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
