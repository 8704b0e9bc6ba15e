package vn.baocao.channel.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite's field cases (run with {@code -Pfaults}): the whole application and
 * the real TelegramBots client against {@link ScriptedBotApi}, which holds Telegram's
 * limit of 20 messages a minute to one group (429 with retry_after past it). A group
 * member floods the committee group with 2,000 admin commands; the committee group is
 * upgraded to a supergroup in the middle of the campaign. In both the day's summary must
 * reach the committee within a minute of being due: it is queued as a scheduled message,
 * which the outbox sends before replies to chatter, so the test waits on its arrival
 * (Awaitility), never on a sleep. Each case prints its figures (docs/RELIABILITY.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfig.class)
class TelegramFieldFaultIT {

	static final String COMMITTEE = "-1001000000001";

	static final long ADMIN = 9001;

	@TempDir
	static Path dir;

	static ScriptedBotApi api;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		api = new ScriptedBotApi();
		registry.add("baocao.telegram.token", () -> "4242:FIELD-FAULT-IT-token");
		registry.add("baocao.telegram.api-url", api::url);
		registry.add("baocao.db-path", () -> dir.resolve("field-it.db").toString());
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
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void rebind() {
		api.holdGroupLimit = false;
		api.unmigrate(COMMITTEE);
		jdbc.sql("DELETE FROM committee_chat").update();
		jdbc.sql("UPDATE outbox SET sent_at = 0 WHERE sent_at IS NULL").update();
		assertThat(committee.chatId(Channel.TELEGRAM)).contains(COMMITTEE);
	}

	@Test
	void aFloodOfTwoThousandGroupCommandsDoesNotHoldUpTheSummary() {
		api.holdGroupLimit = true;
		int before = api.sentTo(COMMITTEE).size();
		int refusedBefore = api.tooManyRequests.get();
		long floodStart = System.nanoTime();
		for (int i = 0; i < 2000; i++) {
			api.text(Long.parseLong(COMMITTEE), 8888, "Spam", "/status");
		}
		await().atMost(Duration.ofMinutes(3)).until(api::updatesDrained);
		Duration flood = Duration.ofNanos(System.nanoTime() - floodStart);
		// the flood is applied up to the per-person limit: one refusal, one polite note,
		// then silence
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(api.sentTo(COMMITTEE).subList(before, api.sentTo(COMMITTEE).size())).hasSize(2));
		int fromFlood = api.sentTo(COMMITTEE).size() - before;
		// a backlog of replies as large as the flood could have queued, then the summary
		List<Outbound> chatter = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			chatter.add(Outbound.text(Channel.TELEGRAM, COMMITTEE, "trả lời " + i));
		}
		int start = api.sentTo(COMMITTEE).size();
		long due = System.nanoTime();
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(chatter);
			outbox.enqueueScheduled(List.of(Outbound.text(Channel.TELEGRAM, COMMITTEE, "TỔNG HỢP NGÀY")));
		});
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.sentTo(COMMITTEE)).hasSizeGreaterThan(start));
		Duration late = Duration.ofNanos(System.nanoTime() - due);
		assertThat(api.sentTo(COMMITTEE).get(start)).as("the summary goes before 200 waiting replies")
			.isEqualTo("TỔNG HỢP NGÀY");
		System.out.printf("Flood fault: 2,000 group commands applied in %.1f s; %d messages to the group from them; "
				+ "summary at the group %.1f s after it was due, ahead of 200 waiting replies; %d × 429 so far%n",
				flood.toMillis() / 1000.0, fromFlood, late.toMillis() / 1000.0,
				api.tooManyRequests.get() - refusedBefore);
	}

	@Test
	void aGroupUpgradedToASupergroupMidCampaignGetsTheSummaryAtItsNewId() {
		api.holdGroupLimit = true;
		String supergroup = "-1009999000101";
		// the campaign runs: the group gets its messages at its old id
		transactions.executeWithoutResult(
				status -> outbox.enqueue(List.of(Outbound.text(Channel.TELEGRAM, COMMITTEE, "trước 1"),
						Outbound.text(Channel.TELEGRAM, COMMITTEE, "trước 2"))));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.sentTo(COMMITTEE)).contains("trước 1", "trước 2"));

		// Telegram upgrades the group; chatter and the day's summary are waiting for it
		api.migrate(COMMITTEE, Long.parseLong(supergroup));
		int refusedAtOldId = api.attempts(COMMITTEE);
		List<Outbound> chatter = IntStream.range(0, 10)
			.mapToObj(i -> Outbound.text(Channel.TELEGRAM, COMMITTEE, "sau " + i))
			.toList();
		long due = System.nanoTime();
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(chatter);
			outbox.enqueueScheduled(List.of(Outbound.text(Channel.TELEGRAM, COMMITTEE, "TỔNG HỢP NGÀY")));
		});

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.sentTo(supergroup)).contains("TỔNG HỢP NGÀY"));
		Duration late = Duration.ofNanos(System.nanoTime() - due);
		assertThat(api.sentTo(supergroup).get(0)).as("the summary first, then the chatter").isEqualTo("TỔNG HỢP NGÀY");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.sentTo(supergroup))
				.containsExactlyElementsOf(concat("TỔNG HỢP NGÀY", chatter.stream().map(Outbound::text).toList())));
		assertThat(committee.chatId(Channel.TELEGRAM)).contains(supergroup);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.sentTo(String.valueOf(ADMIN)))
				.anySatisfy(text -> assertThat(text).contains("siêu nhóm").contains(supergroup)));
		int refused = api.attempts(COMMITTEE) - refusedAtOldId;
		assertThat(refused).as("one refused call at the old id, then the new id").isEqualTo(1);
		System.out.printf(
				"Migration fault: summary at the supergroup %.1f s after it was due, first of 11 waiting; "
						+ "%d refused call at the old id; binding moved; admins told%n",
				late.toMillis() / 1000.0, refused);
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
