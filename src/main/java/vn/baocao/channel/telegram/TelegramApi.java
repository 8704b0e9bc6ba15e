package vn.baocao.channel.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API with a deadline. TelegramBots' blocking {@code execute} can wait
 * forever: when an answer is JSON without an "ok" field its callback fails and the future
 * is never completed.
 */
final class TelegramApi {

	private final TelegramClient client;

	private final Duration timeout;

	TelegramApi(TelegramClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	<T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
		try {
			return client.executeAsync(method).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof TelegramApiException api) {
				throw api;
			}
			throw new TelegramApiException(method.getMethod() + " failed: " + describe(cause), cause);
		}
		catch (TimeoutException ex) {
			throw new TelegramApiException(method.getMethod() + " got no answer within " + timeout.toSeconds() + " s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TelegramApiException(method.getMethod() + " was interrupted");
		}
	}

	private static String describe(Throwable cause) {
		return cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}
