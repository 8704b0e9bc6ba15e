package vn.baocao.channel.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
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
		return await(() -> client.executeAsync(method), method.getMethod());
	}

	/** A document upload (multipart), with the same deadline. */
	Message call(SendDocument method) throws TelegramApiException {
		return await(() -> client.executeAsync(method), method.getMethod());
	}

	/** A picture upload (multipart), with the same deadline. */
	Message call(SendPhoto method) throws TelegramApiException {
		return await(() -> client.executeAsync(method), method.getMethod());
	}

	/**
	 * Registers the webhook (a multipart call in TelegramBots), with the same deadline.
	 */
	Boolean call(SetWebhook method) throws TelegramApiException {
		return await(() -> client.executeAsync(method), method.getMethod());
	}

	/** Starts a call; the uploads' starting may itself fail (the file cannot be read). */
	private interface Start<T> {

		CompletableFuture<T> call() throws TelegramApiException;

	}

	private <T> T await(Start<T> start, String name) throws TelegramApiException {
		try {
			return start.call().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof TelegramApiException api) {
				throw api;
			}
			throw new TelegramApiException(name + " failed: " + describe(cause), cause);
		}
		catch (TimeoutException ex) {
			throw new TelegramApiException(name + " got no answer within " + timeout.toSeconds() + " s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TelegramApiException(name + " was interrupted");
		}
	}

	private static String describe(Throwable cause) {
		return cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}
