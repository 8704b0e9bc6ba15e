package vn.baocao.channel.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Inbound;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;

/**
 * Reads a Telegram update as what a user did. In private chats everything is read; in
 * groups only commands (meant for this bot) and replies to the bot, which is also all
 * that Telegram's privacy mode lets a bot see there. Whether to act on it is the router's
 * decision, not this class's.
 */
final class UpdateReader {

	/** What an update amounts to for baocao. */
	sealed interface Reading {

	}

	/** Something for the core to handle. */
	record Act(Inbound inbound) implements Reading {
	}

	/**
	 * A private message the bot cannot read (a sticker, a voice note): the user is told
	 * what works.
	 */
	record Unsupported(String chatId) implements Reading {
	}

	/**
	 * Telegram's service message of a group upgraded to a supergroup: the chat's id
	 * changed from {@code from} to {@code to}.
	 */
	record Moved(String from, String to) implements Reading {
	}

	/**
	 * Nothing for baocao: group chatter, another bot's command, a channel post, an edit.
	 */
	record Ignore() implements Reading {
	}

	/**
	 * The update is not what Telegram promises (e.g. a private message without a sender).
	 */
	static final class UnreadableUpdate extends IllegalArgumentException {

		UnreadableUpdate(String message) {
			super(message);
		}

	}

	private static final String FILE_PREFIX = "telegram:";

	private final BotIdentity bot;

	UpdateReader(BotIdentity bot) {
		this.bot = bot;
	}

	Reading read(Update update) {
		String updateId = String.valueOf(update.getUpdateId());
		if (update.hasCallbackQuery()) {
			return readPress(update.getCallbackQuery(), updateId);
		}
		if (update.hasMessage()) {
			return readMessage(update.getMessage(), updateId);
		}
		return new Ignore();
	}

	private Reading readMessage(Message message, String updateId) {
		Chat chat = message.getChat();
		if (chat == null || chat.getId() == null) {
			throw new UnreadableUpdate("message without a chat");
		}
		if (message.getMigrateToChatId() != null) {
			return new Moved(String.valueOf(chat.getId()), String.valueOf(message.getMigrateToChatId()));
		}
		if (message.getMigrateFromChatId() != null) {
			return new Moved(String.valueOf(message.getMigrateFromChatId()), String.valueOf(chat.getId()));
		}
		Optional<Inbound.ChatKind> kind = kindOf(chat.getType());
		if (kind.isEmpty()) {
			return new Ignore();
		}
		boolean group = kind.get() == Inbound.ChatKind.GROUP;
		User from = message.getFrom();
		if (from == null || from.getId() == null) {
			if (group) {
				// an anonymous admin or a linked channel speaking in the group: no person
				// to answer
				return new Ignore();
			}
			throw new UnreadableUpdate("private message without a sender");
		}
		if (Boolean.TRUE.equals(from.getIsBot())) {
			return new Ignore();
		}
		String chatId = String.valueOf(chat.getId());
		Optional<Inbound.Content> content = content(message);
		if (content.isEmpty()) {
			return group ? new Ignore() : new Unsupported(chatId);
		}
		if (content.get() instanceof Inbound.Command && !addressedToUs(message.getText())) {
			return new Ignore();
		}
		if (group && !(content.get() instanceof Inbound.Command) && !isReplyToBot(message)) {
			return new Ignore();
		}
		return new Act(new Inbound(Channel.TELEGRAM, chatId, kind.get(), user(from), content.get(), updateId));
	}

	private Reading readPress(CallbackQuery press, String updateId) {
		User from = press.getFrom();
		if (from == null || from.getId() == null) {
			throw new UnreadableUpdate("button press without a sender");
		}
		if (press.getData() == null || press.getData().isEmpty()) {
			return new Ignore();
		}
		MaybeInaccessibleMessage message = press.getMessage();
		Chat chat = message == null ? null : message.getChat();
		String chatId;
		Inbound.ChatKind kind;
		if (chat == null || chat.getId() == null) {
			// the pressed message is gone or too old to be shown: only a private chat can
			// be assumed
			chatId = String.valueOf(from.getId());
			kind = Inbound.ChatKind.PRIVATE;
		}
		else {
			Optional<Inbound.ChatKind> known = kindOf(chat.getType());
			if (known.isEmpty()) {
				return new Ignore();
			}
			chatId = String.valueOf(chat.getId());
			kind = known.get();
		}
		return new Act(
				new Inbound(Channel.TELEGRAM, chatId, kind, user(from), new Inbound.Button(press.getData()), updateId));
	}

	private static Optional<Inbound.Content> content(Message message) {
		if (message.getText() != null && !message.getText().isBlank()) {
			return Optional.of(Inbound.parseText(message.getText()));
		}
		List<PhotoSize> sizes = message.getPhoto();
		if (sizes != null && !sizes.isEmpty()) {
			PhotoSize largest = sizes.stream().max(Comparator.comparingLong(UpdateReader::pixels)).orElseThrow();
			return Optional.of(new Inbound.Photo(FILE_PREFIX + largest.getFileId(), message.getCaption()));
		}
		Document document = message.getDocument();
		if (document != null && document.getMimeType() != null && document.getMimeType().startsWith("image/")) {
			// a picture sent "as a file" keeps its full resolution; it is still a photo
			// to the report
			return Optional.of(new Inbound.Photo(FILE_PREFIX + document.getFileId(), message.getCaption()));
		}
		return Optional.empty();
	}

	private static long pixels(PhotoSize size) {
		long area = (long) nonNull(size.getWidth()) * nonNull(size.getHeight());
		return area > 0 ? area : nonNull(size.getFileSize());
	}

	private static int nonNull(@Nullable Integer value) {
		return value == null ? 0 : value;
	}

	/**
	 * "/cmd@OtherBot" is for another bot in the same group; "/cmd" and "/cmd@us" are
	 * ours.
	 */
	private boolean addressedToUs(String text) {
		String head = text.strip().split("\\s", 2)[0];
		int at = head.indexOf('@');
		return at < 0 || bot.isCalled(head.substring(at + 1));
	}

	private boolean isReplyToBot(Message message) {
		Message replied = message.getReplyToMessage();
		return replied != null && replied.getFrom() != null && replied.getFrom().getId() != null
				&& replied.getFrom().getId() == bot.id();
	}

	private static Optional<Inbound.ChatKind> kindOf(@Nullable String type) {
		if ("private".equals(type)) {
			return Optional.of(Inbound.ChatKind.PRIVATE);
		}
		if ("group".equals(type) || "supergroup".equals(type)) {
			return Optional.of(Inbound.ChatKind.GROUP);
		}
		return Optional.empty();
	}

	private static ChatUser user(User from) {
		String name = join(from.getFirstName(), from.getLastName());
		return new ChatUser(new UserRef(Channel.TELEGRAM, String.valueOf(from.getId())), name, from.getUserName());
	}

	private static @Nullable String join(@Nullable String first, @Nullable String last) {
		String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
		return name.isEmpty() ? null : name;
	}

}
