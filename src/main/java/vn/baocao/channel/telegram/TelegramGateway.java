package vn.baocao.channel.telegram;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.ChatGateway;
import vn.baocao.messaging.Delivery;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.RateLimits;

/**
 * Renders one outbound message as Bot API calls: escaped HTML text, cut to Telegram's
 * length, the options as buttons under the last part. A newer question takes the buttons
 * off the previous one.
 */
final class TelegramGateway implements ChatGateway {

	private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

	private final TelegramApi api;

	private final AnsweredButtons buttons;

	TelegramGateway(TelegramApi api, AnsweredButtons buttons) {
		this.api = api;
		this.buttons = buttons;
	}

	@Override
	public Channel channel() {
		return Channel.TELEGRAM;
	}

	@Override
	public RateLimits limits() {
		return RateLimits.TELEGRAM;
	}

	/**
	 * Telegram group and supergroup ids are negative; users' private chats are positive.
	 */
	@Override
	public boolean isGroup(String chatId) {
		return chatId.startsWith("-");
	}

	@Override
	public Delivery send(Outbound message) {
		InlineKeyboardMarkup keyboard;
		try {
			keyboard = InlineKeyboards.of(message.options());
		}
		catch (IllegalArgumentException ex) {
			log.error("Message to Telegram chat {} cannot be rendered: {}", message.chatId(), ex.getMessage());
			return new Delivery.Rejected(ex.getMessage());
		}
		if (message.attachment() != null) {
			// TODO(export issue): upload the file with sendDocument, or sendPhoto for a
			// picture, once
			// the file store exists; until then the text goes out alone.
			log.warn("Telegram cannot send attachments yet; sending the text of the message to chat {} without '{}'",
					message.chatId(), message.attachment().name());
		}
		List<String> parts = TelegramText.split(message.text(), TelegramText.MESSAGE_LIMIT);
		if (parts.isEmpty()) {
			log.warn("Skipping an empty message to Telegram chat {}", message.chatId());
			return new Delivery.Sent();
		}
		if (keyboard != null) {
			buttons.movedOn(message.chatId());
		}
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			InlineKeyboardMarkup markup = last ? keyboard : null;
			try {
				Message sent = api.call(sendMessage(message.chatId(), parts.get(i), markup));
				if (markup != null && sent != null && sent.getMessageId() != null) {
					buttons.showing(message.chatId(), sent.getMessageId());
				}
			}
			catch (TelegramApiException ex) {
				return Deliveries.of(ex);
			}
		}
		return new Delivery.Sent();
	}

	private static SendMessage sendMessage(String chatId, String plainText, @Nullable InlineKeyboardMarkup markup) {
		return SendMessage.builder()
			.chatId(chatId)
			.text(TelegramText.escapeHtml(plainText))
			.parseMode(ParseMode.HTML)
			.replyMarkup(markup)
			.build();
	}

}
