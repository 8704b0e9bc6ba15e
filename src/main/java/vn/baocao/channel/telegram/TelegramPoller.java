package vn.baocao.channel.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Polls;

/**
 * Runs the long poll. Start-up does not wait for Telegram: the poller learns who the bot
 * is (getMe), publishes the command menu and starts polling in the background, retrying
 * with backoff while the Bot API cannot be reached, so an outage at start delays Telegram
 * without stopping the rest. TelegramBots' own executor is not used: closing the library
 * leaves its polling thread running, so the poll runs on a daemon executor of ours that
 * stop() shuts down.
 */
final class TelegramPoller implements SmartLifecycle, BotUsername {

	private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);

	/** Everything else (edits, reactions, members joining) is of no use to baocao. */
	static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

	private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

	private static final Duration MAX_RETRY = Duration.ofMinutes(5);

	private final BotApi botApi;

	private final TelegramApi api;

	private final CommandMenu menu;

	private volatile BotIdentity identity;

	private final Function<BotIdentity, ? extends LongPollingUpdateConsumer> inboxFor;

	private final Polls polls;

	/** The long-poll client, reporting each getUpdates outcome to {@link Polls}. */
	private final OkHttpClient pollingClient;

	private volatile boolean running;

	private @Nullable ScheduledExecutorService executor;

	private volatile @Nullable TelegramBotsLongPollingApplication application;

	private volatile @Nullable LongPollingUpdateConsumer inbox;

	private Duration retry = FIRST_RETRY;

	TelegramPoller(BotApi botApi, TelegramApi api, CommandMenu menu,
			Function<BotIdentity, ? extends LongPollingUpdateConsumer> inboxFor, Polls polls) {
		this.botApi = botApi;
		this.api = api;
		this.menu = menu;
		this.inboxFor = inboxFor;
		this.polls = polls;
		this.pollingClient = botApi.polling().newBuilder().addInterceptor(this::reportPoll).build();
	}

	/**
	 * A getUpdates answered 2xx is a poll that works; anything else (no connection, a
	 * timeout, 401, 409, 5xx) is one that fails. TelegramBots retries on its own; this
	 * only tells the health indicator since when no poll has worked.
	 */
	private Response reportPoll(Interceptor.Chain chain) throws IOException {
		boolean getUpdates = chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
		Response response;
		try {
			response = chain.proceed(chain.request());
		}
		catch (IOException | RuntimeException ex) {
			if (getUpdates && running) {
				polls.failed(Channel.TELEGRAM);
			}
			throw ex;
		}
		if (getUpdates) {
			if (response.isSuccessful()) {
				polls.succeeded(Channel.TELEGRAM);
			}
			else {
				polls.failed(Channel.TELEGRAM);
			}
		}
		return response;
	}

	@Override
	public synchronized void start() {
		ScheduledThreadPoolExecutor pollThread = new ScheduledThreadPoolExecutor(1, runnable -> {
			Thread thread = new Thread(runnable, "baocao-poller");
			thread.setDaemon(true);
			return thread;
		});
		pollThread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		executor = pollThread;
		running = true;
		executor.execute(this::connect);
	}

	/** The bot's @username once getMe has answered. */
	@Override
	public Optional<String> username() {
		BotIdentity me = identity;
		return me == null || me.username().isBlank() ? Optional.empty() : Optional.of(me.username());
	}

	/** Whether updates are being fetched (for health checks and tests). */
	boolean isPolling() {
		TelegramBotsLongPollingApplication app = application;
		return running && app != null && app.isRunning();
	}

	private void connect() {
		if (!running) {
			return;
		}
		try {
			BotIdentity me = identify();
			menu.publish();
			LongPollingUpdateConsumer consumer = inboxFor.apply(me);
			ScheduledExecutorService pollThread = executor;
			TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
					() -> pollingClient, () -> pollThread);
			try {
				app.registerBot(botApi.token(), botApi::url, new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), consumer);
			}
			catch (TelegramApiException | RuntimeException ex) {
				closeQuietly(app);
				throw ex;
			}
			synchronized (this) {
				if (!running) {
					// stopped while connecting: undo, so that nothing polls after stop()
					closeQuietly(consumer);
					closeQuietly(app);
					return;
				}
				inbox = consumer;
				application = app;
			}
			identity = me;
			polls.succeeded(Channel.TELEGRAM);
			log.info("Telegram channel: polling as @{} at {}", me.username(), botApi.address());
		}
		catch (TelegramApiException | RuntimeException ex) {
			scheduleRetry(ex);
		}
	}

	private BotIdentity identify() throws TelegramApiException {
		User me = api.call(new GetMe());
		if (me == null || me.getId() == null) {
			throw new TelegramApiException("getMe did not say who the bot is");
		}
		return new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
	}

	private void scheduleRetry(Exception cause) {
		if (!running) {
			return;
		}
		polls.failed(Channel.TELEGRAM);
		log.warn("Telegram channel cannot start polling at {} ({}); trying again in {} s", botApi.address(),
				cause.getMessage(), retry.toSeconds());
		try {
			executor.schedule(this::connect, retry.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException stopped) {
			return;
		}
		retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
	}

	/**
	 * Lets the update being handled finish, then stops polling; nothing further is handed
	 * over.
	 */
	@Override
	public synchronized void stop() {
		running = false;
		LongPollingUpdateConsumer consumer = inbox;
		if (consumer != null) {
			closeQuietly(consumer);
		}
		TelegramBotsLongPollingApplication app = application;
		if (app != null) {
			closeQuietly(app);
		}
		if (executor != null) {
			// Not shutdownNow(): an interrupt (or a cancel) aborts the getUpdates request
			// that
			// Telegram holds open and TelegramBots logs it as an error. The request is
			// left to run
			// out on its daemon thread instead; whatever it brings is neither handed over
			// (the
			// inbox is closed) nor confirmed, so Telegram delivers it again after the
			// restart.
			executor.shutdown();
		}
		application = null;
		inbox = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			log.warn("Closing {} failed", closeable.getClass().getSimpleName(), ex);
		}
	}

}
