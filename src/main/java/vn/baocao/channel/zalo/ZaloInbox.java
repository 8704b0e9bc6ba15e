package vn.baocao.channel.zalo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Inbound;
import vn.baocao.inbox.InboundProcessor;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;

/**
 * Turns a Zalo update into the core's {@link Inbound} and hands it to the
 * {@link InboundProcessor} (shared by the poller and the webhook). A typed answer to a
 * message that showed options becomes the option's button; a sticker or voice message in
 * a private chat gets a polite note; anything else unknown is ignored.
 */
class ZaloInbox {

	private static final Logger log = LoggerFactory.getLogger(ZaloInbox.class);

	/** Message events we cannot read but a person did send: worth telling them. */
	private static final Set<String> UNREADABLE = Set.of("message.sticker.received", "message.voice.received",
			"message.unsupported.received");

	private final InboundProcessor processor;

	private final ZaloChats chats;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Texts texts;

	private final Clock clock;

	ZaloInbox(InboundProcessor processor, ZaloChats chats, Outbox outbox, TransactionTemplate transactions,
			JdbcClient jdbc, Texts texts, Clock clock) {
		this.processor = processor;
		this.chats = chats;
		this.outbox = outbox;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Handles one update; never throws, so neither the poller nor the webhook can be
	 * broken by one.
	 */
	void handle(ZaloUpdate update) {
		try {
			if (update.fromBot()) {
				return;
			}
			rememberKind(update);
			Optional<Inbound.Content> content = content(update);
			if (content.isPresent()) {
				processor.process(inbound(update, content.get()));
			}
			else if (UNREADABLE.contains(update.event()) && !update.group()) {
				notice(update);
			}
			else {
				log.debug("Zalo update {} ({}) ignored", update.messageId(), update.event());
			}
		}
		catch (RuntimeException ex) {
			log.error("Zalo update {} in chat {} could not be handled", update.messageId(), update.chatId(), ex);
		}
	}

	private Optional<Inbound.Content> content(ZaloUpdate update) {
		String text = update.text();
		if (update.event().equals(ZaloUpdate.TEXT) && text != null) {
			Inbound.Content content = Inbound.parseText(text);
			if (content instanceof Inbound.Text typed) {
				return Optional.of(answerToOptions(update.chatId(), typed));
			}
			return Optional.of(content);
		}
		String photo = update.photoUrl();
		if (update.event().equals(ZaloUpdate.IMAGE) && photo != null) {
			return Optional.of(new Inbound.Photo("zalo:" + photo, update.caption()));
		}
		return Optional.empty();
	}

	/**
	 * "2" or "Có" after a message with options is that option; if the memory fails, it
	 * stays text.
	 */
	private Inbound.Content answerToOptions(String chatId, Inbound.Text typed) {
		OptionMenu menu;
		try {
			menu = chats.menu(chatId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the options shown in Zalo chat {}; the answer is read as text: {}", chatId,
					ex.getMessage());
			return typed;
		}
		return menu.payloadFor(typed.text()).<Inbound.Content>map(Inbound.Button::new).orElse(typed);
	}

	private Inbound inbound(ZaloUpdate update, Inbound.Content content) {
		ChatUser user = new ChatUser(new UserRef(Channel.ZALO, update.userId()), update.userName(), null);
		return new Inbound(Channel.ZALO, update.chatId(),
				update.group() ? Inbound.ChatKind.GROUP : Inbound.ChatKind.PRIVATE, user, content, update.messageId());
	}

	private void rememberKind(ZaloUpdate update) {
		try {
			chats.seen(update.chatId(), update.group());
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the kind of Zalo chat {}: {}", update.chatId(), ex.getMessage());
		}
	}

	/**
	 * Queued with the same dedupe marker as any update, so a redelivered sticker is
	 * answered once.
	 */
	private void notice(ZaloUpdate update) {
		List<Outbound> note = List.of(Outbound.text(Channel.ZALO, update.chatId(), texts.get("zalo.unsupported")));
		transactions.executeWithoutResult(status -> {
			if (firstTime(update.messageId())) {
				outbox.enqueue(note);
			}
		});
	}

	private boolean firstTime(@Nullable String messageId) {
		if (messageId == null) {
			return true;
		}
		return jdbc.sql("""
				INSERT INTO processed_update (channel, update_id, processed_at) VALUES (?, ?, ?)
				ON CONFLICT (channel, update_id) DO NOTHING""")
			.params(Channel.ZALO.key(), messageId, clock.millis())
			.update() == 1;
	}

}
