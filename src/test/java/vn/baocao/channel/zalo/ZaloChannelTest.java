package vn.baocao.channel.zalo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Reach;
import vn.baocao.messaging.Reachability;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Value;
import vn.baocao.roster.Invites;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Zalo channel end to end over real HTTP: the whole application on a temporary SQLite
 * file, long polling a WireMock Bot API that serves the documented payloads. While a test
 * waits, the test clock moves on half a second per check, so rate limits and retry
 * backoffs run their course.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ZaloChannelTest {

	static final FakeZaloApi zalo = new FakeZaloApi();

	static final LocalDate DAY = LocalDate.of(2024, 12, 10);

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("zalo.db").toString());
		registry.add("baocao.campaign-file",
				() -> Path.of("src/test/resources/zalo/campaign.yml").toAbsolutePath().toString());
		registry.add("baocao.zalo.token", () -> FakeZaloApi.TOKEN);
		registry.add("baocao.zalo.api-url", zalo::url);
		registry.add("baocao.zalo.poll-timeout", () -> "1s");
		registry.add("baocao.zalo.request-timeout", () -> "2s");
	}

	@AfterAll
	static void stopZalo() {
		zalo.stop();
	}

	@Autowired
	MutableClock clock;

	@Autowired
	Reports reports;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ZaloGateway gateway;

	@Autowired
	Invites invites;

	@Autowired
	Roster roster;

	@Autowired
	Reachability reachability;

	@Test
	void aLeadReportsByTypingNumbersAndWords() {
		String lan = "zl-lan";
		zalo.text(lan, "/baocao");
		String first = lastOf(awaitTexts(lan, 2));
		assertThat(first).contains("Câu 1/", "Số người dân tham gia").doesNotContain("1. ");

		zalo.text(lan, "2");
		String menu = lastOf(awaitTexts(lan, 3));
		assertThat(menu).contains("1. Làm đường", "2. Nhà đại đoàn kết", "3. Xong", "4. Không có việc nào");

		zalo.textUnwrapped(lan, "1 2");
		String cleared = lastOf(awaitTexts(lan, 4));
		assertThat(cleared).contains("Phát quang đường", "Hoặc gõ: Bỏ qua").doesNotContain("1. Bỏ qua");

		zalo.text(lan, "1");
		assertThat(lastOf(awaitTexts(lan, 5))).contains("Nhà đại đoàn kết bàn giao");

		zalo.text(lan, "bỏ qua");
		String activity = lastOf(awaitTexts(lan, 6));
		assertThat(activity).contains("1. Lao động", "2. Tuyên truyền", "3. Văn nghệ");
		assertThat(activity.split("Lao động", -1)).hasSize(2);

		zalo.textUnwrapped(lan, "2");
		String safe = lastOf(awaitTexts(lan, 7));
		assertThat(safe).contains("An toàn, không có sự cố", "1. Có", "2. Không");

		zalo.text(lan, "1");
		assertThat(lastOf(awaitTexts(lan, 8))).contains("Khó khăn, đề xuất", "Hoặc gõ: Bỏ qua");

		zalo.text(lan, "Bỏ qua");
		assertThat(lastOf(awaitTexts(lan, 9))).contains("Hình ảnh hoạt động", "1. Xong", "2. Bỏ qua");

		zalo.image(lan, "https://f.zdn.vn/photo/don-duong.jpg", "Dọn đường");
		assertThat(lastOf(awaitTexts(lan, 10))).contains("Đã nhận 1 ảnh", "1. Xong");

		zalo.text(lan, "1");
		String confirm = lastOf(awaitTexts(lan, 11));
		assertThat(confirm).contains("1. Gửi báo cáo", "2. Sửa một mục");

		zalo.text(lan, "1");
		assertThat(lastOf(awaitTexts(lan, 12))).contains("Đã nhận báo cáo của Ấp Cầu");

		Map<String, Value> values = reports.find("cau", DAY).map(DailyReport::latest).orElseThrow().values();
		assertThat(number(values.get("residents"))).isEqualByComparingTo("2");
		assertThat(number(values.get("cleared_m"))).as("a typed 1 is one metre, not 'Bỏ qua'")
			.isEqualByComparingTo("1");
		assertThat(values).doesNotContainKeys("houses", "notes");
		assertThat(values.get("activity")).isEqualTo(new Value.Choice("Tuyên truyền"));
		assertThat(values.get("safe")).isEqualTo(new Value.YesNo(true));
		assertThat(values.get("photos"))
			.isEqualTo(new Value.Photos(List.of("zalo:https://f.zdn.vn/photo/don-duong.jpg")));
		assertThat(zalo.textsTo(lan)).allSatisfy(text -> assertThat(text).doesNotContain("<b>", "**"));
	}

	@Test
	void aZaloUserJoinsAHamletWithAnInviteCode() {
		Instant now = clock.instant();
		String code = invites
			.issue("moi", Invites.Invite.Role.LEAD, new UserRef(Channel.ZALO, "zl-admin"), now,
					now.plus(Duration.ofHours(72)))
			.code();

		zalo.text("zl-new-lead", "/start " + code.toLowerCase(java.util.Locale.ROOT));

		assertThat(lastOf(awaitTexts("zl-new-lead", 1))).contains("Chào mừng", "Ấp Mới");
		assertThat(roster.hamletsLedBy(new UserRef(Channel.ZALO, "zl-new-lead"))).containsExactly("moi");
	}

	@Test
	void aSummaryGoesToTheGroupInPiecesAndAFailingGroupHoldsUpNoOneElse() {
		String group = "zl-committee-group";
		String observer = "zl-observer";
		String summary = IntStream.rangeClosed(1, 60)
			.mapToObj(i -> String.format("%02d. Ấp số %d: đã báo cáo, phát quang 1.330 m, 25 người tham gia", i, i))
			.collect(Collectors.joining("\n"));
		StubMapping groupDown = zalo.server.stubFor(post(urlPathMatching("/bot[^/]+/sendMessage")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.chat_id", equalTo(group)))
			.willReturn(serverError().withBody("{\"ok\": false, \"error_code\": 500, \"description\": \"Internal\"}")));

		transactions.executeWithoutResult(status -> outbox.enqueue(
				List.of(Outbound.text(Channel.ZALO, group, summary), Outbound.text(Channel.ZALO, observer, summary))));

		List<String> toObserver = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(advancing(() -> zalo.textsTo(observer)), texts -> String.join("\n", texts).equals(summary));
		assertThat(toObserver).hasSizeGreaterThan(1)
			.allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(2000));
		assertThat(zalo.textsTo(group)).isNotEmpty().allSatisfy(text -> assertThat(text).isEqualTo(toObserver.get(0)));
		assertThat(outbox.backlog(Channel.ZALO)).isEqualTo(1);

		zalo.server.removeStub(groupDown);
		awaitTrue(() -> outbox.backlog(Channel.ZALO) == 0);
		awaitStays(() -> zalo.textsTo(group).size());

		List<String> toGroup = zalo.textsTo(group);
		int delivered = toGroup.size() - toObserver.size();
		assertThat(toGroup.subList(delivered, toGroup.size())).containsExactlyElementsOf(toObserver);
		assertThat(toGroup.subList(0, delivered)).as("failed attempts, all of the first piece")
			.isNotEmpty()
			.allSatisfy(text -> assertThat(text).isEqualTo(toObserver.get(0)));
		assertThat(gateway.isGroup(group)).isTrue();
	}

	@Test
	void aPersonWhoBlockedTheBotIsMarkedAdminsAreToldOnceAndTheyAreReachableAgainWhenTheyWrite() {
		String blocker = "zl-blocker";
		String stranger = "zl-never-followed";
		StubMapping blocked = zalo.refuse(blocker, 403, 403, "User has blocked the bot");
		StubMapping notFollowing = zalo.refuse(stranger, 200, ZaloGateway.NOT_FOLLOWING, "User has not followed OA");
		List<Outbound> reminders = IntStream.rangeClosed(1, 3)
			.mapToObj(i -> Outbound.text(Channel.ZALO, blocker, "Nhắc báo cáo " + i))
			.collect(Collectors.toList());
		reminders.add(Outbound.text(Channel.ZALO, stranger, "Nhắc báo cáo"));
		transactions.executeWithoutResult(status -> outbox.enqueueScheduled(reminders));

		awaitTrue(() -> reachability.of(Channel.ZALO, blocker).equals(Optional.of(Reach.BLOCKED)));
		awaitTrue(() -> reachability.of(Channel.ZALO, stranger).equals(Optional.of(Reach.NOT_STARTED)));
		awaitTrue(() -> zalo.textsTo("zl-admin").stream().anyMatch(text -> text.contains("chưa mở bot"))
				&& zalo.textsTo("zl-admin").stream().anyMatch(text -> text.contains("đã chặn bot")));
		awaitTrue(() -> outbox.backlog(Channel.ZALO) == 0);
		// no endless retries: one refused call, a later reminder dropped without a call,
		// admins told once
		transactions.executeWithoutResult(
				status -> outbox.enqueueScheduled(List.of(Outbound.text(Channel.ZALO, blocker, "Nhắc báo cáo 4"))));
		awaitTrue(() -> outbox.backlog(Channel.ZALO) == 0);
		assertThat(zalo.sendCalls(blocker)).hasSize(1);
		assertThat(zalo.textsTo("zl-admin")).filteredOn(text -> text.contains("đã chặn bot")).hasSize(1);

		zalo.server.removeStub(blocked);
		zalo.server.removeStub(notFollowing);
		zalo.text(blocker, "/start");
		awaitTrue(() -> reachability.of(Channel.ZALO, blocker).isEmpty());
		assertThat(lastOf(awaitTexts(blocker, 2))).contains("Xin chào");
		assertThat(reachability.of(Channel.ZALO, stranger)).contains(Reach.NOT_STARTED);
	}

	@Test
	void groupChatterIsIgnoredAndTheChatIsKnownAsAGroup() {
		zalo.groupText("zl-other-group", "zl-someone", "chào cả nhà");
		zalo.text("zl-after-group", "/start");

		awaitTexts("zl-after-group", 1);
		assertThat(zalo.textsTo("zl-other-group")).isEmpty();
		assertThat(gateway.isGroup("zl-other-group")).isTrue();
		assertThat(gateway.isGroup("zl-after-group")).isFalse();
	}

	@Test
	void aRedeliveredUpdateIsAppliedOnce() {
		String chat = "zl-dup";
		String update = FakeZaloApi
			.wrapped(FakeZaloApi.update("message.text.received", zalo.nextId(), chat, chat, "PRIVATE", "/start"));
		zalo.push(update);
		zalo.push(update);

		assertThat(lastOf(awaitTexts(chat, 1))).contains("Xin chào");
		awaitStays(() -> zalo.textsTo(chat).size());
		assertThat(zalo.textsTo(chat)).hasSize(1);
	}

	@Test
	void faultsAreSurvivedNothingIsLostAndTheTokenIsNeverLogged(CapturedOutput output) {
		String chat = "zl-fault";
		failSendsTo(chat);
		zalo.pushAnswer(serverError().withBody("<html>502 Bad Gateway</html>"));
		zalo.pushAnswer(okJson("{\"ok\": tru"));
		zalo.pushAnswer(aResponse().withStatus(200).withFixedDelay(4000).withBody("{\"ok\": false}"));
		zalo.push(FakeZaloApi.wrapped(FakeZaloApi.update("user.follow", zalo.nextId(), chat, chat, "PRIVATE", null)));
		zalo.push(FakeZaloApi
			.wrapped(FakeZaloApi.update("message.sticker.received", zalo.nextId(), chat, chat, "PRIVATE", null)));
		zalo.text(chat, "/start");

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(advancing(() -> zalo.sendCalls(chat)),
					list -> list.stream().anyMatch(s -> s.text().contains("Xin chào")));
		awaitStays(() -> zalo.sendCalls(chat).size());
		List<FakeZaloApi.Sent> calls = zalo.sendCalls(chat);

		assertThat(calls).hasSize(5);
		assertThat(calls.subList(0, 4)).extracting(FakeZaloApi.Sent::text)
			.allSatisfy(text -> assertThat(text).contains("chỉ đọc được tin nhắn chữ và ảnh"));
		assertThat(calls.get(4).text()).contains("Xin chào");
		assertThat(outbox.backlog(Channel.ZALO)).isZero();
		assertThat(output.getAll()).contains("Zalo getUpdates failed", "/bot***/")
			.doesNotContain(FakeZaloApi.TOKEN)
			.doesNotContain(FakeZaloApi.TOKEN.substring(FakeZaloApi.TOKEN.indexOf(':') + 1));
	}

	/**
	 * sendMessage to the chat fails three ways (503, a body that is not JSON, a timeout),
	 * then works.
	 */
	private void failSendsTo(String chat) {
		String scenario = "faults-" + chat;
		String[] states = { Scenario.STARTED, "not-json", "timeout", "healed" };
		var faults = List.of(serverError().withStatus(503), okJson("{\"ok\": tr"),
				okJson(FakeZaloApi.SEND_OK).withFixedDelay(3000));
		for (int i = 0; i < faults.size(); i++) {
			zalo.server.stubFor(post(urlPathMatching("/bot[^/]+/sendMessage")).atPriority(1)
				.withRequestBody(matchingJsonPath("$.chat_id", equalTo(chat)))
				.inScenario(scenario)
				.whenScenarioStateIs(states[i])
				.willSetStateTo(states[i + 1])
				.willReturn(faults.get(i)));
		}
	}

	private List<String> awaitTexts(String chatId, int count) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(advancing(() -> zalo.textsTo(chatId)), texts -> texts.size() >= count);
	}

	private void awaitTrue(Callable<Boolean> condition) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(advancing(condition), Predicate.isEqual(true));
	}

	/**
	 * Waits until the value has stayed the same for two seconds while the clock runs on.
	 */
	private void awaitStays(Callable<Integer> value) throws RuntimeException {
		int[] last = { -1 };
		long[] since = { System.nanoTime() };
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(advancing(() -> {
			int now = value.call();
			if (now != last[0]) {
				last[0] = now;
				since[0] = System.nanoTime();
			}
			return Duration.ofNanos(System.nanoTime() - since[0]).compareTo(Duration.ofSeconds(2)) >= 0;
		}), Predicate.isEqual(true));
	}

	private <T> Callable<T> advancing(Callable<T> check) {
		return () -> {
			clock.advance(Duration.ofMillis(500));
			return check.call();
		};
	}

	private static String lastOf(List<String> texts) {
		return texts.get(texts.size() - 1);
	}

	private static BigDecimal number(Value value) {
		return ((Value.Number) value).amount();
	}

}
