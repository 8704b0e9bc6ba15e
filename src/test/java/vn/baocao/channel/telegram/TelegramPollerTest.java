package vn.baocao.channel.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Polls;
import vn.baocao.messaging.Texts;
import vn.baocao.support.MutableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.baocao.channel.telegram.TelegramGatewayTest.called;
import static vn.baocao.channel.telegram.TelegramGatewayTest.method;
import static vn.baocao.channel.telegram.TelegramGatewayTest.telegramError;

/**
 * Start-up and polling against a Bot API played by WireMock: what it tolerates, what it
 * confirms.
 */
class TelegramPollerTest {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String ME = """
			{"ok": true, "result": {"id": 666, "is_bot": true, "first_name": "Báo cáo", "username": "BaocaoBot"}}""";

	private static final String ONE_UPDATE = """
			{"ok": true, "result": [{"update_id": 500, "message": {"message_id": 1, "date": 1733814000,
			  "chat": {"id": 7001, "type": "private"}, "from": {"id": 7001, "is_bot": false, "first_name": "Lan"},
			  "text": "/baocao"}}]}""";

	private final List<Update> consumed = new CopyOnWriteArrayList<>();

	private final List<BotIdentity> identities = new CopyOnWriteArrayList<>();

	private final MutableClock clock = MutableClock.at("2024-12-10T14:00");

	private final Polls polls = new Polls(clock);

	private TelegramPoller poller;

	private BotApi botApi;

	@AfterEach
	void tearDown() {
		if (poller != null) {
			poller.stop();
		}
		if (botApi != null) {
			botApi.close();
		}
	}

	private TelegramPoller poller(String baseUrl) {
		botApi = new BotApi("123456:TEST-token", BotApiUrl.parse(baseUrl));
		TelegramApi telegram = new TelegramApi(new OkHttpTelegramClient(botApi.calls(), botApi.token(), botApi.url()),
				Duration.ofSeconds(2));
		// like the real inbox: once closed (by stop), nothing more is taken; a long poll
		// still on its way when the poller stops may bring updates, which are dropped
		LongPollingUpdateConsumer consumer = new LongPollingUpdateConsumer() {
			private volatile boolean open = true;

			@Override
			public void consume(List<Update> updates) {
				if (open) {
					consumed.addAll(updates);
				}
			}

			@Override
			public void close() {
				open = false;
			}
		};
		poller = new TelegramPoller(botApi, telegram, new CommandMenu(telegram, new Texts("messages/telegram")), me -> {
			identities.add(me);
			return consumer;
		}, polls);
		return poller;
	}

	private static void stubStartAndEmptyPolls() {
		api.stubFor(method("getMe").willReturn(okJson(ME)));
		api.stubFor(method("deleteWebhook").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		api.stubFor(method("getUpdates").willReturn(okJson("{\"ok\": true, \"result\": []}").withFixedDelay(200)));
	}

	@Test
	void aRefusedCommandMenuDoesNotStopPolling() {
		stubStartAndEmptyPolls();
		api.stubFor(method("setMyCommands").willReturn(telegramError(500, "Internal Server Error")));
		poller(api.baseUrl()).start();
		await().atMost(Duration.ofSeconds(10)).until(poller::isPolling);
		assertThat(identities).containsExactly(new BotIdentity(666, "BaocaoBot"));
		api.verify(2, called("setmycommands"));
		// polling has started once the application runs; its first request may still be
		// on its way
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> api.verify(called("getupdates")
				.withRequestBody(matchingJsonPath("$.allowed_updates[1]", equalTo("callback_query")))));
	}

	@Test
	void theCommandMenuIsPublishedInVietnameseForPrivateChatsAndGroups() {
		stubStartAndEmptyPolls();
		api.stubFor(method("setMyCommands").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		poller(api.baseUrl()).start();
		await().atMost(Duration.ofSeconds(10)).until(poller::isPolling);
		api.verify(
				called("setmycommands").withRequestBody(matchingJsonPath("$.scope.type", equalTo("all_private_chats")))
					.withRequestBody(matchingJsonPath("$.commands[0].command", equalTo("baocao")))
					.withRequestBody(containing("Báo cáo hôm nay")));
		api.verify(called("setmycommands").withRequestBody(matchingJsonPath("$.scope.type", equalTo("all_group_chats")))
			.withRequestBody(containing("tonghop")));
	}

	@Test
	void anUpdateIsHandedOverAndThenConfirmedByTheNextPoll() {
		stubStartAndEmptyPolls();
		api.stubFor(method("setMyCommands").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		api.stubFor(method("getUpdates").inScenario("one update")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(ONE_UPDATE))
			.willSetStateTo("delivered"));
		api.stubFor(method("getUpdates").inScenario("one update")
			.whenScenarioStateIs("delivered")
			.willReturn(okJson("{\"ok\": true, \"result\": []}").withFixedDelay(200)));
		poller(api.baseUrl()).start();
		await().atMost(Duration.ofSeconds(10)).until(() -> consumed.size() == 1);
		assertThat(consumed.get(0).getMessage().getText()).isEqualTo("/baocao");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> api
				.verify(called("getupdates").withRequestBody(matchingJsonPath("$.offset", equalTo("501")))));
	}

	@Test
	void anUnreachableApiDelaysTelegramWithoutFailingStartOrStop() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		TelegramPoller unreachable = poller("http://127.0.0.1:" + closed);
		long start = System.nanoTime();
		unreachable.start();
		assertThat(unreachable.isRunning()).isTrue();
		assertThat(unreachable.isPolling()).isFalse();
		await().atMost(Duration.ofSeconds(4)).until(() -> polls.failingSince(Channel.TELEGRAM).isPresent());
		unreachable.stop();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(unreachable.isRunning()).isFalse();
	}

	@Test
	void aFailingLongPollIsReportedForHealthUntilAPollWorksAgain() {
		stubStartAndEmptyPolls();
		api.stubFor(method("setMyCommands").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		api.stubFor(method("getUpdates").willReturn(telegramError(502, "Bad Gateway")));
		poller(api.baseUrl()).start();
		await().atMost(Duration.ofSeconds(10)).until(() -> polls.failingSince(Channel.TELEGRAM).isPresent());
		assertThat(polls.failingSince(Channel.TELEGRAM)).contains(clock.instant());
		// a later failure keeps the first instant: the outage is counted from its start
		clock.advance(Duration.ofMinutes(3));
		int calls = api.findAll(called("getupdates")).size();
		await().atMost(Duration.ofSeconds(20)).until(() -> api.findAll(called("getupdates")).size() > calls);
		assertThat(polls.failingSince(Channel.TELEGRAM)).contains(clock.instant().minus(Duration.ofMinutes(3)));

		api.stubFor(method("getUpdates").willReturn(okJson("{\"ok\": true, \"result\": []}").withFixedDelay(200)));
		await().atMost(Duration.ofSeconds(30)).until(() -> polls.failingSince(Channel.TELEGRAM).isEmpty());
	}

	@Test
	void stoppingHandsNothingMoreOver() {
		stubStartAndEmptyPolls();
		api.stubFor(method("setMyCommands").willReturn(okJson("{\"ok\": true, \"result\": true}")));
		poller(api.baseUrl()).start();
		await().atMost(Duration.ofSeconds(10)).until(poller::isPolling);
		poller.stop();
		assertThat(poller.isPolling()).isFalse();
		api.stubFor(method("getUpdates").willReturn(okJson(ONE_UPDATE)));
		int calls = api.findAll(called("getupdates")).size();
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(2))
			.until(() -> api.findAll(called("getupdates")).size() <= calls + 1);
		assertThat(consumed).isEmpty();
	}

}
