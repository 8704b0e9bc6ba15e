package vn.baocao.channel.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Updates by webhook (TELEGRAM_WEBHOOK_URL), so that any of several instances behind a
 * proxy takes any update: at start the bot says who it is, publishes its command menu and
 * registers the URL with its secret (setWebhook; every instance registers the same, which
 * Telegram takes as one); retried with backoff while Telegram cannot be reached. An
 * update posted before that is answered "not ready" and Telegram sends it again. Stopping
 * leaves the webhook registered: the other instances still serve it.
 */
final class TelegramWebhook implements SmartLifecycle, BotUsername {

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

	private static final Duration MAX_RETRY = Duration.ofMinutes(5);

	private final TelegramApi api;

	private final CommandMenu menu;

	private final String url;

	private final String secret;

	private final Function<BotIdentity, TelegramInbox> inboxFor;

	private volatile @Nullable TelegramInbox inbox;

	private volatile @Nullable BotIdentity identity;

	private volatile boolean running;

	private @Nullable ScheduledExecutorService executor;

	private Duration retry = FIRST_RETRY;

	TelegramWebhook(TelegramApi api, CommandMenu menu, String url, String secret,
			Function<BotIdentity, TelegramInbox> inboxFor) {
		this.api = api;
		this.menu = menu;
		this.url = url;
		this.secret = secret;
		this.inboxFor = inboxFor;
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "baocao-webhook");
			thread.setDaemon(true);
			return thread;
		});
		running = true;
		executor.execute(this::connect);
	}

	private void connect() {
		if (!running) {
			return;
		}
		try {
			User me = api.call(new GetMe());
			if (me == null || me.getId() == null) {
				throw new TelegramApiException("getMe did not say who the bot is");
			}
			BotIdentity bot = new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
			menu.publish();
			Boolean set = api.call(SetWebhook.builder()
				.url(url)
				.secretToken(secret)
				.allowedUpdates(TelegramPoller.ALLOWED_UPDATES)
				.build());
			if (!Boolean.TRUE.equals(set)) {
				throw new TelegramApiException("setWebhook did not answer true");
			}
			identity = bot;
			inbox = inboxFor.apply(bot);
			log.info("Telegram channel: updates by webhook at {} as @{}", url, bot.username());
		}
		catch (TelegramApiException | RuntimeException ex) {
			if (!running) {
				return;
			}
			log.warn("Telegram channel cannot register its webhook ({}); trying again in {} s", ex.getMessage(),
					retry.toSeconds());
			try {
				executor.schedule(this::connect, retry.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException stopped) {
				return;
			}
			retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
		}
	}

	/**
	 * Hands one posted update over; false while the channel is not ready (not yet
	 * registered, or stopping): Telegram then delivers it again.
	 */
	boolean receive(Update update) {
		TelegramInbox ready = inbox;
		if (!running || ready == null) {
			return false;
		}
		return ready.handleOne(update);
	}

	/** Whether updates are being taken (for health checks and tests). */
	boolean isReceiving() {
		return running && inbox != null;
	}

	@Override
	public Optional<String> username() {
		BotIdentity me = identity;
		return me == null || me.username().isBlank() ? Optional.empty() : Optional.of(me.username());
	}

	@Override
	public synchronized void stop() {
		running = false;
		TelegramInbox open = inbox;
		inbox = null;
		if (open != null) {
			open.close();
		}
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
