package vn.baocao.channel.telegram;

import java.time.Duration;

import okhttp3.OkHttpClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the bot talks to and with what: the token, the Bot API address, and two HTTP
 * clients, one for ordinary calls and one for the long poll (which holds its request open
 * for up to 50 s). Closing it cancels whatever is in flight, so no OkHttp thread outlives
 * the application.
 */
final class BotApi implements AutoCloseable {

	/** Telegram holds a getUpdates request this long when there is nothing to deliver. */
	static final Duration LONG_POLL = Duration.ofSeconds(50);

	static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	private final String token;

	private final TelegramUrl url;

	private final OkHttpClient calls;

	private final OkHttpClient polling;

	BotApi(String token, TelegramUrl url) {
		this.token = token;
		this.url = url;
		this.calls = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(CALL_TIMEOUT)
			.callTimeout(CALL_TIMEOUT)
			.build();
		this.polling = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(LONG_POLL.plusSeconds(25))
			.build();
	}

	String token() {
		return token;
	}

	TelegramUrl url() {
		return url;
	}

	/** The address as it may appear in a log line: never the token. */
	String address() {
		return url.getSchema() + "://" + url.getHost() + ":" + url.getPort();
	}

	OkHttpClient calls() {
		return calls;
	}

	OkHttpClient polling() {
		return polling;
	}

	/**
	 * Frees the clients' threads and idle connections; a long poll still held runs out by
	 * itself.
	 */
	@Override
	public void close() {
		calls.dispatcher().cancelAll();
		for (OkHttpClient client : new OkHttpClient[] { calls, polling }) {
			client.dispatcher().executorService().shutdownNow();
			client.connectionPool().evictAll();
		}
	}

	@Override
	public String toString() {
		return "BotApi[" + address() + "]";
	}

}
