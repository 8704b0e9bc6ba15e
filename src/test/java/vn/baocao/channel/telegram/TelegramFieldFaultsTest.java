package vn.baocao.channel.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Reach;
import vn.baocao.messaging.Reachability;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The faults a real Telegram deployment meets in its first week, with the whole
 * application and the real TelegramBots client against {@link ScriptedBotApi}: the
 * committee group upgraded to a supergroup (the service message), leads who blocked the
 * bot or never opened it (403). The flood and the upgrade answered with
 * {@code migrate_to_chat_id} are in the fault suite ({@link TelegramFieldFaultIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfig.class)
class TelegramFieldFaultsTest {

	static final String COMMITTEE = "-1001000000001";

	static final long ADMIN = 9001;

	@TempDir
	static Path dir;

	static ScriptedBotApi api;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		api = new ScriptedBotApi();
		registry.add("baocao.telegram.token", () -> "4242:FIELD-FAULTS-token");
		registry.add("baocao.telegram.api-url", api::url);
		registry.add("baocao.db-path", () -> dir.resolve("field.db").toString());
		registry.add("baocao.campaign-file", () -> "src/test/resources/telegram/campaign.yml");
	}

	@AfterAll
	static void stop() {
		api.close();
	}

	@Autowired
	Outbox outbox;

	@Autowired
	CommitteeChats committee;

	@Autowired
	Reachability reachability;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theServiceMessageOfAnUpgradeMovesTheBindingToo() {
		String supergroup = "-1009999000002";
		api.migrationServiceMessage(Long.parseLong(COMMITTEE), Long.parseLong(supergroup));
		try {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(committee.chatId(Channel.TELEGRAM)).contains(supergroup));
		}
		finally {
			rebind(COMMITTEE);
		}
	}

	@Test
	void aLeadWhoBlockedTheBotIsMarkedToldOnceAndReachableAgainWhenTheyWrite() {
		String lead = "7002";
		api.forbid(lead, "Forbidden: bot was blocked by the user");
		List<Outbound> reminders = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			reminders.add(Outbound.text(Channel.TELEGRAM, lead, "Nhắc báo cáo " + i));
		}
		transactions.executeWithoutResult(status -> outbox.enqueueScheduled(reminders));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(reachability.of(Channel.TELEGRAM, lead)).contains(Reach.BLOCKED));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(api.sentTo(String.valueOf(ADMIN))).filteredOn(text -> text.contains("đã chặn bot"))
						.singleElement()
						.asString()
						.contains("Ấp Trại Bí"));
		// sent marks are written in batches: the admin's note may be sent and not yet
		// marked
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(outbox.backlog(Channel.TELEGRAM)).isZero());
		// nothing more is tried: a later reminder is dropped without a call, admins are
		// not
		// told again
		transactions.executeWithoutResult(
				status -> outbox.enqueueScheduled(List.of(Outbound.text(Channel.TELEGRAM, lead, "Nhắc báo cáo 4"))));
		await().atMost(Duration.ofSeconds(30)).until(() -> outbox.backlog(Channel.TELEGRAM) == 0);
		assertThat(api.attempts(lead)).isEqualTo(1);

		api.text(ADMIN, ADMIN, "Admin", "/tinhhinh");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.sentTo(String.valueOf(ADMIN)))
				.anySatisfy(text -> assertThat(text).contains("Trại Bí").contains("(đã chặn bot)")));

		api.allow(lead);
		api.text(7002, 7002, "Hai", "/trogiup");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(reachability.of(Channel.TELEGRAM, lead)).isEmpty());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.sentTo(lead)).isNotEmpty());
		assertThat(jdbc.sql("SELECT count(*) FROM unreachable_chat").query(Integer.class).single()).isZero();
	}

	@Test
	void aLeadWhoNeverOpenedTheBotIsShownAsSuch() {
		String lead = "7003";
		api.forbid(lead, "Forbidden: bot can't initiate conversation with a user");
		transactions.executeWithoutResult(
				status -> outbox.enqueueScheduled(List.of(Outbound.text(Channel.TELEGRAM, lead, "Nhắc báo cáo"))));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(reachability.of(Channel.TELEGRAM, lead)).contains(Reach.NOT_STARTED));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.sentTo(String.valueOf(ADMIN)))
				.anySatisfy(text -> assertThat(text).contains("chưa mở bot")));
	}

	private void rebind(String chatId) {
		api.unmigrate(chatId);
		jdbc.sql("DELETE FROM committee_chat").update();
		jdbc.sql("UPDATE outbox SET sent_at = 0 WHERE sent_at IS NULL").update();
		assertThat(committee.chatId(Channel.TELEGRAM)).contains(chatId);
	}

}
