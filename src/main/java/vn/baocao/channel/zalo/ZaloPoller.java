package vn.baocao.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Polls;
import org.springframework.context.SmartLifecycle;

/**
 * Long polling: one sequential getUpdates loop on a daemon thread of its own, started and
 * stopped with the application. Zalo has no offsets: each answer carries at most one
 * update (the loop also takes a list), deduplicated downstream by message id. No update
 * within the poll timeout comes back as an empty answer or as error 408 (sources differ);
 * both are quiet. Any other failure is logged without the token and retried with a
 * growing pause; nothing ends the loop but {@link #stop()}.
 */
class ZaloPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ZaloPoller.class);

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

	private final ZaloApi api;

	private final ZaloInbox inbox;

	private final Duration pollTimeout;

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	private Duration backoff = FIRST_BACKOFF;

	private final Polls polls;

	ZaloPoller(ZaloApi api, ZaloInbox inbox, Duration pollTimeout, Polls polls) {
		this.polls = polls;
		this.api = api;
		this.inbox = inbox;
		this.pollTimeout = pollTimeout;
	}

	@Override
	public void start() {
		running = true;
		Thread poller = new Thread(this::loop, "zalo-poller");
		poller.setDaemon(true);
		thread = poller;
		poller.start();
		log.info("Zalo channel: receiving updates by long polling (getUpdates, timeout {}s)", pollTimeout.toSeconds());
	}

	@Override
	public void stop() {
		running = false;
		Thread poller = thread;
		if (poller != null) {
			poller.interrupt();
			try {
				poller.join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * After the dispatcher (which must be up to send replies) on start, before it on
	 * stop.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

	private void loop() {
		while (running) {
			try {
				pollOnce();
			}
			catch (RuntimeException ex) {
				log.error("Zalo polling hit an unexpected error; polling goes on", ex);
				pause();
			}
		}
	}

	private void pollOnce() {
		ZaloApi.Answer answer = api.call("getUpdates", Map.of("timeout", String.valueOf(pollTimeout.toSeconds())));
		if (!running) {
			return;
		}
		if (answer instanceof ZaloApi.Answer.Ok ok) {
			polls.succeeded(Channel.ZALO);
			deliver(ZaloUpdate.read(ok.result()));
		}
		else if (answer instanceof ZaloApi.Answer.Bare bare) {
			polls.succeeded(Channel.ZALO);
			deliver(ZaloUpdate.read(bare.body()));
		}
		else if (answer instanceof ZaloApi.Answer.Refused refused && isPollTimeout(refused)) {
			polls.succeeded(Channel.ZALO);
			backoff = FIRST_BACKOFF;
		}
		else if (answer instanceof ZaloApi.Answer.Refused refused) {
			polls.failed(Channel.ZALO);
			log.warn("Zalo refused getUpdates ({} {}); retrying in {}s{}", refused.code(), refused.description(),
					backoff.toSeconds(), refused.code() == 401 ? ": check ZALO_BOT_TOKEN" : "");
			pause();
		}
		else if (answer instanceof ZaloApi.Answer.Broken broken) {
			polls.failed(Channel.ZALO);
			log.warn("Zalo getUpdates failed ({}); retrying in {}s", broken.reason(), backoff.toSeconds());
			pause();
		}
	}

	private void deliver(List<ZaloUpdate> updates) {
		backoff = FIRST_BACKOFF;
		for (ZaloUpdate update : updates) {
			inbox.handle(update);
		}
	}

	private static boolean isPollTimeout(ZaloApi.Answer.Refused refused) {
		return refused.code() == 408 || refused.description().toLowerCase(java.util.Locale.ROOT).contains("timeout");
	}

	/**
	 * Waits before the next try, doubling up to a minute; {@link #stop()} cuts the wait
	 * short.
	 */
	private void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
			return;
		}
		Duration doubled = backoff.multipliedBy(2);
		backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
	}

}
