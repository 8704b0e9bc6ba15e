package vn.baocao.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Takes the buttons off a question once it has been answered, so that only the current
 * question can be tapped. Removal is best effort: a press on a button that stayed by
 * mistake is still recognised as stale by the dialogue.
 */
final class AnsweredButtons {

	private static final Logger log = LoggerFactory.getLogger(AnsweredButtons.class);

	private final KeyboardMessages keyboards;

	private final TelegramApi api;

	AnsweredButtons(KeyboardMessages keyboards, TelegramApi api) {
		this.keyboards = keyboards;
		this.api = api;
	}

	/** A message with buttons went to the chat: it is now the chat's current question. */
	void showing(String chatId, int messageId) {
		keyboards.remember(chatId, messageId);
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
			api.call(EditMessageReplyMarkup.builder()
				.chatId(chatId)
				.messageId(messageId)
				.replyMarkup(InlineKeyboards.none())
				.build());
		}
		catch (TelegramApiException ex) {
			log.info("Could not remove the buttons of message {} in chat {}: {}", messageId, chatId, ex.getMessage());
		}
	}

}
