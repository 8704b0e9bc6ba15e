package vn.baocao.channel.telegram;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Takes the buttons off a question once it has been answered, so that only the current
 * question can be tapped. Removal is best effort: a press on a button that stayed by
 * mistake is still recognised as stale by the dialogue. Which buttons go is decided (and
 * stored) at once; the Bot API call can run on an executor of its own, so that the long
 * poll does not wait a round trip per answer (docs/PERFORMANCE.md: that wait was most of
 * the gap to a bare echo bot).
 */
final class AnsweredButtons implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AnsweredButtons.class);

	private final KeyboardMessages keyboards;

	private final TelegramApi api;

	private final Executor removals;

	/** Removes buttons on the calling thread. */
	AnsweredButtons(KeyboardMessages keyboards, TelegramApi api) {
		this(keyboards, api, Runnable::run);
	}

	AnsweredButtons(KeyboardMessages keyboards, TelegramApi api, Executor removals) {
		this.keyboards = keyboards;
		this.api = api;
		this.removals = removals;
	}

	/** One thread, so that removals go out in the order they were decided. */
	static AnsweredButtons offThePollThread(KeyboardMessages keyboards, TelegramApi api) {
		ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
			Thread removing = new Thread(runnable, "baocao-buttons");
			removing.setDaemon(true);
			return removing;
		});
		return new AnsweredButtons(keyboards, api, thread);
	}

	/**
	 * A message with buttons went to the chat in place of its current question, whose
	 * buttons go now (unless the user's answer took them off meanwhile).
	 */
	void showingInstead(String chatId, int messageId) {
		keyboards.replace(chatId, messageId).ifPresent(previous -> remove(chatId, previous));
	}

	/**
	 * The chat moved past its current question (the user answered it, or a new one
	 * replaces it).
	 */
	void movedOn(String chatId) {
		keyboards.takeCurrent(chatId).ifPresent(messageId -> remove(chatId, messageId));
	}

	/**
	 * A button of {@code messageId} was pressed: if that is the current question, its
	 * buttons go.
	 */
	boolean pressed(String chatId, int messageId) {
		if (!keyboards.take(chatId, messageId)) {
			return false;
		}
		remove(chatId, messageId);
		return true;
	}

	private void remove(String chatId, int messageId) {
		try {
			removals.execute(() -> removeNow(chatId, messageId));
		}
		catch (RejectedExecutionException stopping) {
			log.debug("Shutting down: the buttons of message {} stay", messageId);
		}
	}

	private void removeNow(String chatId, int messageId) {
		try {
			api.call(EditMessageReplyMarkup.builder()
				.chatId(chatId)
				.messageId(messageId)
				.replyMarkup(InlineKeyboards.none())
				.build());
		}
		catch (TelegramApiException | RuntimeException ex) {
			log.info("Could not remove the buttons of message {} in chat {}: {}", messageId, chatId, ex.getMessage());
		}
	}

	/** Lets the removals already decided go out (briefly), then stops. */
	@Override
	public void close() {
		if (removals instanceof ExecutorService thread) {
			thread.shutdown();
			try {
				thread.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
