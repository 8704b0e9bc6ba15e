package vn.baocao.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import vn.baocao.campaign.Channel;
import vn.baocao.storage.SharedDatabase;
import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances (each its own pool, outbox and dispatcher) on one PostgreSQL database:
 * one of them sends, every message once and each chat in its order, whichever instance
 * queued it; when the sender stops, the other takes over and sends the rest.
 */
@OnPostgres
class SenderElectionPostgresTest {

	private String url;

	private final List<Instance> instances = new ArrayList<>();

	@BeforeEach
	void database() {
		HikariDataSource migrated = (HikariDataSource) Postgres.migratedDataSource();
		url = migrated.getJdbcUrl();
		migrated.close();
	}

	@AfterEach
	void stop() {
		instances.forEach(Instance::stop);
	}

	@Test
	void oneInstanceSendsEveryMessageOnceInEachChatsOrder() {
		Instance a = start("a");
		Instance b = start("b");
		// queued on both instances, interleaved, 20 chats of 10 messages each
		for (int n = 1; n <= 10; n++) {
			for (int chat = 1; chat <= 20; chat++) {
				Instance queuing = chat % 2 == 0 ? a : b;
				queuing.enqueue("70" + chat, "tin " + n);
			}
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> a.gateway.sent.size() + b.gateway.sent.size() >= 200);

		assertThat(a.gateway.sent.isEmpty() || b.gateway.sent.isEmpty()).as("only one instance sends").isTrue();
		List<String> all = new ArrayList<>(a.gateway.sent);
		all.addAll(b.gateway.sent);
		assertThat(all).hasSize(200).doesNotHaveDuplicates();
		Map<String, List<String>> perChat = perChat(all);
		for (List<String> texts : perChat.values()) {
			assertThat(texts).extracting(t -> Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1)))
				.isSorted()
				.hasSize(10);
		}
	}

	@Test
	void whenTheSenderStopsTheOtherInstanceSendsTheRest() {
		Instance a = start("a");
		a.enqueue("7001", "một");
		await().atMost(Duration.ofSeconds(30)).until(() -> a.gateway.sent.size() == 1);
		Instance b = start("b");

		a.stop();
		b.enqueue("7001", "hai");
		b.enqueue("7002", "ba");

		await().atMost(Duration.ofSeconds(30)).until(() -> b.gateway.sent.size() == 2);
		assertThat(b.gateway.sent).containsExactly("7001:hai", "7002:ba");
		assertThat(a.gateway.sent).containsExactly("7001:một");
	}

	private static Map<String, List<String>> perChat(List<String> sent) {
		Map<String, List<String>> perChat = new LinkedHashMap<>();
		for (String s : sent) {
			perChat.computeIfAbsent(s.substring(0, s.indexOf(':')), k -> new ArrayList<>()).add(s);
		}
		return perChat;
	}

	private Instance start(String name) {
		Instance instance = new Instance(Postgres.dataSource(url));
		instances.add(instance);
		return instance;
	}

	/** What one instance of baocao has for sending. */
	private static final class Instance {

		final HikariDataSource pool;

		final RecordingGateway gateway = new RecordingGateway();

		final Outbox outbox;

		final Dispatcher dispatcher;

		final TransactionTemplate transactions;

		private boolean stopped;

		Instance(HikariDataSource pool) {
			this.pool = pool;
			this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
			this.outbox = new Outbox(JdbcClient.create(pool), Clock.systemUTC(), List.of(gateway));
			this.dispatcher = new Dispatcher(outbox, Clock.systemUTC(), List.of(gateway), null, List.of(),
					DeliveryMetrics.NONE, new SharedDatabase(pool));
			dispatcher.start();
		}

		void enqueue(String chatId, String text) {
			transactions
				.executeWithoutResult(status -> outbox.enqueue(List.of(Outbound.text(Channel.TELEGRAM, chatId, text))));
		}

		void stop() {
			if (!stopped) {
				stopped = true;
				dispatcher.stop();
				pool.close();
			}
		}

	}

	/** Records what it sent as {@code chat:text}. */
	static final class RecordingGateway implements ChatGateway {

		final List<String> sent = Collections.synchronizedList(new ArrayList<>());

		@Override
		public Channel channel() {
			return Channel.TELEGRAM;
		}

		@Override
		public RateLimits limits() {
			return RateLimits.TELEGRAM;
		}

		@Override
		public Delivery send(Outbound message) {
			sent.add(message.chatId() + ":" + message.text());
			return new Delivery.Sent();
		}

	}

}
