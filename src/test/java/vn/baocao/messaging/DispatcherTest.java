package vn.baocao.messaging;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteDataSource;

import vn.baocao.campaign.Channel;
import vn.baocao.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatcher's sending decisions on a real outbox (SQLite file) and a clock the test
 * moves: Telegram's rate limits, a 429 pause, backoff after failures, refusals, and a
 * restart.
 */
class DispatcherTest {

	@TempDir
	Path dir;

	JdbcClient jdbc;

	MutableClock clock = MutableClock.at("2024-12-10T14:00");

	ScriptedGateway telegram = new ScriptedGateway();

	Outbox outbox;

	Dispatcher dispatcher;

	SendPacer pacer = new SendPacer(RateLimits.TELEGRAM);

	@BeforeEach
	void setUp() {
		DataSource db = database();
		jdbc = JdbcClient.create(db);
		outbox = new Outbox(jdbc, clock, List.of(telegram));
		dispatcher = new Dispatcher(outbox, clock, List.of(telegram));
	}

	/** A migrated database; the SQLite file here, PostgreSQL in the subclass. */
	DataSource database() {
		SQLiteDataSource db = new SQLiteDataSource();
		db.setUrl("jdbc:sqlite:" + dir.resolve("outbox.db"));
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		return db;
	}

	@Test
	void aPrivateChatGetsItsMessagesInOrderOneASecond() throws InterruptedException {
		enqueue("7001", "một", "hai", "ba");
		sendDue();
		assertThat(telegram.delivered).containsExactly("một");
		assertThat(sendDue()).isEqualTo(Duration.ofSeconds(1));
		assertThat(telegram.delivered).containsExactly("một");
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		assertThat(telegram.delivered).containsExactly("một", "hai", "ba");
		assertThat(outbox.backlog(Channel.TELEGRAM)).isZero();
	}

	@Test
	void aMessageWaitingForItsChatIsReadOnceAndKeptUntilItGoes() throws InterruptedException {
		enqueue("7001", "một", "hai");
		sendDue();
		assertThat(sendDue()).as("the second waits for the chat's one-second gap").isEqualTo(Duration.ofSeconds(1));
		// what was read for it is kept: the stored row is not parsed again on later
		// passes
		jdbc.sql("UPDATE outbox SET message_json = '{not json' WHERE sent_at IS NULL").update();
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		assertThat(telegram.delivered).containsExactly("một", "hai");
		assertThat(outbox.backlog(Channel.TELEGRAM)).isZero();
	}

	@Test
	void aBroadcastKeepsEverySecondAtThirtyMessagesAtMost() {
		List<Long> sentAt = Collections.synchronizedList(new ArrayList<>());
		ScriptedGateway timed = new ScriptedGateway() {
			@Override
			public Delivery send(Outbound message) {
				sentAt.add(System.nanoTime());
				return super.send(message);
			}
		};
		Outbox timedOutbox = new Outbox(jdbc, clock, List.of(timed));
		List<Outbound> reminders = new ArrayList<>();
		for (int chat = 1; chat <= 61; chat++) {
			reminders.add(Outbound.text(Channel.TELEGRAM, String.valueOf(7000 + chat), "nhắc " + chat));
		}
		timedOutbox.enqueue(reminders);
		Dispatcher realTime = new Dispatcher(timedOutbox, Clock.systemUTC(), List.of(timed));
		realTime.start();
		try {
			await().atMost(Duration.ofSeconds(20)).until(() -> timed.delivered.size() == 61);
		}
		finally {
			realTime.stop();
		}
		List<Long> times = List.copyOf(sentAt);
		for (int i = 30; i < times.size(); i++) {
			assertThat(times.get(i) - times.get(i - 30)).as("message %d is a second after message %d", i + 1, i - 29)
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
		}
	}

	@Test
	void aGroupGetsTwentyMessagesAMinuteAndTheRestWaits() throws InterruptedException {
		for (int i = 1; i <= 21; i++) {
			enqueue("-1001000000001", "tin " + i);
		}
		for (int i = 0; i < 21; i++) {
			sendDue();
		}
		assertThat(telegram.delivered).hasSize(20);
		assertThat(outbox.backlog(Channel.TELEGRAM)).isEqualTo(1);
		clock.advance(Duration.ofSeconds(60));
		sendDue();
		assertThat(telegram.delivered).hasSize(21).endsWith("tin 21");
	}

	@Test
	void tooManyRequestsHoldsTheWholeChannelForRetryAfter() throws InterruptedException {
		telegram.answers.add(new Delivery.RetryAfter(Duration.ofSeconds(7)));
		enqueue("7001", "cho ấp Cầu");
		enqueue("7002", "cho ấp Mới");
		sendDue();
		assertThat(telegram.delivered).isEmpty();
		assertThat(telegram.attempts).containsExactly("cho ấp Cầu");
		clock.advance(Duration.ofSeconds(6));
		sendDue();
		assertThat(telegram.attempts).as("nothing tried during the pause").hasSize(1);
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		sendDue(); // a dispatcher that is not started stops after each delivery, as on
					// shutdown
		assertThat(telegram.delivered).containsExactly("cho ấp Cầu", "cho ấp Mới");
	}

	@Test
	void aFailureIsRetriedWithGrowingBackoffAndTheChatKeepsItsOrder() throws InterruptedException {
		telegram.answers.add(new Delivery.Failed("500 Internal Server Error"));
		telegram.answers.add(new Delivery.Failed("timeout"));
		enqueue("7001", "câu hỏi", "câu sau");
		sendDue();
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		assertThat(telegram.attempts).containsExactly("câu hỏi", "câu hỏi");
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		assertThat(telegram.attempts).as("second backoff is 2 s").hasSize(2);
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		clock.advance(Duration.ofSeconds(1));
		sendDue();
		assertThat(telegram.delivered).containsExactly("câu hỏi", "câu sau");
		assertThat(jdbc.sql("SELECT attempts FROM outbox ORDER BY id").query(Integer.class).list()).containsExactly(3,
				1);
	}

	@Test
	void aRejectedMessageIsKeptForTheRecordAndTheNextOneGoes() throws InterruptedException {
		telegram.answers.add(new Delivery.Rejected("[403] Forbidden: bot was blocked by the user"));
		enqueue("7001", "bị chặn", "tiếp theo");
		sendDue();
		sendDue();
		assertThat(telegram.delivered).containsExactly("tiếp theo");
		assertThat(jdbc.sql("SELECT last_error FROM outbox WHERE message_json LIKE '%bị chặn%'")
			.query(String.class)
			.single()).startsWith("REJECTED: [403]");
		assertThat(outbox.backlog(Channel.TELEGRAM)).isZero();
	}

	@Test
	void anotherDispatcherOnTheSameDatabaseSendsWhatWasLeft() throws InterruptedException {
		telegram.answers.add(new Delivery.Failed("connection refused"));
		enqueue("7001", "chờ gửi");
		sendDue();
		assertThat(telegram.delivered).isEmpty();

		ScriptedGateway afterRestart = new ScriptedGateway();
		Outbox reopened = new Outbox(jdbc, clock, List.of(afterRestart));
		Dispatcher restarted = new Dispatcher(reopened, clock, List.of(afterRestart));
		clock.advance(Duration.ofSeconds(1));
		restarted.sendDue(afterRestart, new SendPacer(RateLimits.TELEGRAM));
		assertThat(afterRestart.delivered).containsExactly("chờ gửi");
	}

	@Test
	void scheduledMessagesGoBeforeWaitingRepliesAndEachPriorityKeepsItsOrder() throws InterruptedException {
		enqueue("-100", "trả lời 1", "trả lời 2", "trả lời 3");
		outbox.enqueueScheduled(List.of(Outbound.text(Channel.TELEGRAM, "-100", "tổng hợp"),
				Outbound.text(Channel.TELEGRAM, "-100", "tổng hợp, phần 2")));
		enqueue("7001", "riêng");
		for (int i = 0; i < 6; i++) {
			sendDue();
		}
		assertThat(telegram.delivered).containsExactly("tổng hợp", "riêng", "tổng hợp, phần 2", "trả lời 1",
				"trả lời 2", "trả lời 3");
	}

	@Test
	void aMovedChatTakesItsWaitingMessagesAlongInOrder() throws InterruptedException {
		enqueue("-100", "một", "hai");
		telegram.answers.add(new Delivery.Moved("-200"));
		sendDue();
		sendDue();
		sendDue();
		assertThat(telegram.sentTo).containsExactly("-100", "-200", "-200");
		assertThat(telegram.delivered).containsExactly("một", "hai");
	}

	@Test
	void anUnreachableChatIsNotTriedAgainUntilItsPersonWrites() throws InterruptedException {
		Reachability reachability = new Reachability(jdbc);
		List<String> told = new ArrayList<>();
		ChatChanges changes = new ChatChanges() {
			@Override
			public void moved(Channel channel, String from, String to) {
			}

			@Override
			public void unreachable(Channel channel, String chatId, Reach reach) {
				told.add(chatId + ":" + reach);
			}
		};
		Dispatcher watching = new Dispatcher(outbox, clock, List.of(telegram), reachability, List.of(changes),
				DeliveryMetrics.NONE, null);
		enqueue("7001", "một", "hai");
		telegram.answers.add(new Delivery.Unreachable(Reach.BLOCKED, "[403] blocked"));
		watching.sendDue(telegram, pacer);
		assertThat(outbox.backlog(Channel.TELEGRAM)).isZero();
		enqueue("7001", "ba");
		clock.advance(Duration.ofSeconds(5));
		watching.sendDue(telegram, pacer);
		assertThat(telegram.attempts).containsExactly("một");
		assertThat(told).containsExactly("7001:BLOCKED");
		assertThat(new Reachability(jdbc).of(Channel.TELEGRAM, "7001")).as("remembered across a restart")
			.contains(Reach.BLOCKED);

		assertThat(reachability.markReachable(Channel.TELEGRAM, "7001")).isTrue();
		enqueue("7001", "bốn");
		watching.sendDue(telegram, pacer);
		assertThat(telegram.delivered).containsExactly("bốn");
	}

	private Duration sendDue() throws InterruptedException {
		return dispatcher.sendDue(telegram, pacer);
	}

	private void enqueue(String chatId, String... texts) {
		List<Outbound> messages = new ArrayList<>();
		for (String text : texts) {
			messages.add(Outbound.text(Channel.TELEGRAM, chatId, text));
		}
		outbox.enqueue(messages);
	}

	/** A Telegram-like gateway that answers as scripted, then accepts everything. */
	static class ScriptedGateway implements ChatGateway {

		final Deque<Delivery> answers = new ArrayDeque<>();

		final List<String> attempts = new ArrayList<>();

		final List<String> delivered = new ArrayList<>();

		final List<String> sentTo = new ArrayList<>();

		@Override
		public Channel channel() {
			return Channel.TELEGRAM;
		}

		@Override
		public RateLimits limits() {
			return RateLimits.TELEGRAM;
		}

		@Override
		public boolean isGroup(String chatId) {
			return chatId.startsWith("-");
		}

		@Override
		public Delivery send(Outbound message) {
			attempts.add(message.text());
			sentTo.add(message.chatId());
			Delivery answer = answers.isEmpty() ? new Delivery.Sent() : answers.poll();
			if (answer instanceof Delivery.Sent) {
				delivered.add(message.text());
			}
			return answer;
		}

	}

}
