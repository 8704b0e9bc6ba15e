package vn.baocao.channel.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.ChatGateway;
import vn.baocao.messaging.Delivery;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.OutboundJson;
import vn.baocao.messaging.RateLimits;
import vn.baocao.messaging.StoredFiles;
import vn.baocao.text.MessageSplitter;

/**
 * Renders one outbound message as Bot API calls: escaped HTML text, cut to Telegram's
 * length, the options as buttons under the last part. A newer question takes the buttons
 * off the previous one once it is sent. An attached file is uploaded (sendPhoto for a
 * picture, sendDocument otherwise) with the text as its caption when the text fits one,
 * else after the text.
 */
final class TelegramGateway implements ChatGateway {

	private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

	private final TelegramApi api;

	private final AnsweredButtons buttons;

	private final StoredFiles files;

	/**
	 * Per chat, the message whose text went out but whose file did not yet: its retry
	 * sends only the file. The dispatcher sends one message per chat at a time, so one
	 * entry per chat is enough. After a restart the text may come twice, but the file
	 * still comes.
	 */
	private final Map<String, String> textSent = new ConcurrentHashMap<>();

	TelegramGateway(TelegramApi api, AnsweredButtons buttons, StoredFiles files) {
		this.api = api;
		this.buttons = buttons;
		this.files = files;
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

	/** The text's parts, then the file when there is one. */
	@Override
	public int calls(Outbound message) {
		int parts = Math.max(1,
				MessageSplitter.splitHtml(TelegramText.escapeHtml(message.text()), MessageSplitter.TELEGRAM_LIMIT)
					.size());
		return parts + (message.attachment() == null ? 0 : 1);
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
		Optional<FileContent> file = file(message);
		if (file.isEmpty()) {
			return sendText(message, keyboard);
		}
		String fingerprint = OutboundJson.write(message);
		if (!fingerprint.equals(textSent.get(message.chatId()))) {
			Delivery text = sendText(message, keyboard);
			if (!(text instanceof Delivery.Sent)) {
				return text;
			}
			textSent.put(message.chatId(), fingerprint);
		}
		Delivery upload = upload(message.chatId(), file.get());
		if (upload instanceof Delivery.Sent || upload instanceof Delivery.Rejected) {
			textSent.remove(message.chatId());
		}
		return upload;
	}

	private Delivery sendText(Outbound message, @Nullable InlineKeyboardMarkup keyboard) {
		List<String> parts = MessageSplitter.splitHtml(TelegramText.escapeHtml(message.text()),
				MessageSplitter.TELEGRAM_LIMIT);
		if (parts.isEmpty()) {
			log.warn("Skipping an empty message to Telegram chat {}", message.chatId());
			return new Delivery.Sent();
		}
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			InlineKeyboardMarkup markup = last ? keyboard : null;
			try {
				Message sent = api.call(sendMessage(message.chatId(), parts.get(i), markup));
				if (markup != null && sent != null && sent.getMessageId() != null) {
					// the previous question's buttons go once this one is there: one
					// write for both (docs/PERFORMANCE.md, issue 18)
					buttons.showingInstead(message.chatId(), sent.getMessageId());
				}
			}
			catch (TelegramApiException ex) {
				return Deliveries.of(ex);
			}
		}
		return new Delivery.Sent();
	}

	/**
	 * The attached file's bytes; none (the words go alone, with a log line) when the
	 * store no longer has it, since retrying would not bring it back.
	 */
	private Optional<FileContent> file(Outbound message) {
		Attachment attachment = message.attachment();
		if (attachment == null) {
			return Optional.empty();
		}
		Optional<FileContent> file = files.find(attachment.id()).map(StoredFiles.StoredFile::content);
		if (file.isEmpty()) {
			log.error("File '{}' ({}) for Telegram chat {} is not in the file store; sending the text alone",
					attachment.name(), attachment.id(), message.chatId());
		}
		return file;
	}

	/** sendPhoto for a picture (shown in the chat), sendDocument for anything else. */
	private Delivery upload(String chatId, FileContent file) {
		InputFile input = new InputFile(new ByteArrayInputStream(file.bytes()), file.name());
		try {
			if (file.picture()) {
				api.call(SendPhoto.builder().chatId(chatId).photo(input).build());
			}
			else {
				api.call(SendDocument.builder().chatId(chatId).document(input).build());
			}
			return new Delivery.Sent();
		}
		catch (TelegramApiException ex) {
			return Deliveries.of(ex);
		}
	}

	private static SendMessage sendMessage(String chatId, String html, @Nullable InlineKeyboardMarkup markup) {
		return SendMessage.builder().chatId(chatId).text(html).parseMode(ParseMode.HTML).replyMarkup(markup).build();
	}

}
