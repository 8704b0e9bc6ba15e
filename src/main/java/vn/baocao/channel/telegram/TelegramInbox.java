package vn.baocao.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Inbound;
import vn.baocao.inbox.InboundProcessor;
import vn.baocao.messaging.Dispatcher;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Texts;

/**
 * Hands each polled update to the core, one at a time and in order, on the polling
 * thread: the poller asks for the next batch (which confirms this one to Telegram) only
 * after every update of this batch is stored (in one commit), so a crash loses nothing
 * and a redelivery is recognised by its update id. Nothing an update does may stop the
 * poller: TelegramBots ends its polling task for good when the consumer throws.
 */
final class TelegramInbox implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(TelegramInbox.class);

	private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);

	private final UpdateReader reader;

	private final InboundProcessor processor;

	private final TelegramApi api;

	private final AnsweredButtons buttons;

	private final Outbox outbox;

	private final Texts coreTexts;

	private final Texts texts;

	private volatile boolean open = true;

	/**
	 * Held while an update is handled, so that closing waits for it instead of cutting it
	 * off.
	 */
	private final ReentrantReadWriteLock handling = new ReentrantReadWriteLock();

	private final Dispatcher dispatcher;

	TelegramInbox(UpdateReader reader, InboundProcessor processor, TelegramApi api, AnsweredButtons buttons,
			Outbox outbox, Dispatcher dispatcher, Texts coreTexts, Texts texts) {
		this.dispatcher = dispatcher;
		this.reader = reader;
		this.processor = processor;
		this.api = api;
		this.buttons = buttons;
		this.outbox = outbox;
		this.coreTexts = coreTexts;
		this.texts = texts;
	}

	/**
	 * A poll's updates, in order. More than one (a backlog after a pause, a busy minute)
	 * are stored in one commit: their button presses are answered first, since the
	 * batch's transaction must not wait on the Bot API, then each update is handled as
	 * alone, inside it. If that commit fails, each is handled again in a transaction of
	 * its own.
	 */
	@Override
	public void consume(List<Update> updates) {
		if (updates.size() == 1) {
			handleOne(updates.get(0));
			return;
		}
		handling.readLock().lock();
		try {
			if (!open) {
				return;
			}
			updates.forEach(this::acknowledgePress);
			if (!processor.inOneCommit(() -> handleInOrder(updates))) {
				handleInOrder(updates);
			}
		}
		finally {
			handling.readLock().unlock();
		}
	}

	private void handleInOrder(List<Update> updates) {
		for (Update update : updates) {
			if (!open) {
				// shutting down: the rest stays unconfirmed and comes again after the
				// restart
				return;
			}
			handleAcknowledged(update);
		}
	}

	/**
	 * Handles one update unless closing; whether it did. Updates of different chats may
	 * be handled at once (webhook requests); closing waits for all of them.
	 */
	boolean handleOne(Update update) {
		handling.readLock().lock();
		try {
			if (open) {
				handleNow(update);
				return true;
			}
			return false;
		}
		finally {
			handling.readLock().unlock();
		}
	}

	private void handleNow(Update update) {
		acknowledgePress(update);
		handleAcknowledged(update);
	}

	private void handleAcknowledged(Update update) {
		try {
			UpdateReader.Reading reading = reader.read(update);
			if (reading instanceof UpdateReader.Act act) {
				takeButtonsOff(update, act.inbound());
				processor.process(act.inbound());
			}
			else if (reading instanceof UpdateReader.Moved moved) {
				dispatcher.chatMoved(Channel.TELEGRAM, moved.from(), moved.to());
			}
			else if (reading instanceof UpdateReader.Unsupported unsupported) {
				outbox
					.enqueue(List.of(Outbound.text(Channel.TELEGRAM, unsupported.chatId(), texts.get("unsupported"))));
			}
		}
		catch (VirtualMachineError fatal) {
			throw fatal;
		}
		catch (RuntimeException | Error ex) {
			// an Error too: escaping into TelegramBots would end its polling task for
			// good
			log.error("Telegram update {} could not be handled; the user is asked to try again", update.getUpdateId(),
					ex);
			apologise(update);
		}
	}

	/** Stops handing updates over, after the one being handled (if any) is done. */
	@Override
	public void close() {
		open = false;
		try {
			if (handling.writeLock().tryLock(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
				handling.writeLock().unlock();
			}
			else {
				log.warn("A Telegram update was still being handled after {} s; stopping anyway",
						CLOSE_WAIT.toSeconds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Telegram shows a spinner on the button until the press is answered, whatever
	 * becomes of it.
	 */
	private void acknowledgePress(Update update) {
		if (!update.hasCallbackQuery()) {
			return;
		}
		try {
			api.call(AnswerCallbackQuery.builder().callbackQueryId(update.getCallbackQuery().getId()).build());
		}
		catch (TelegramApiException | RuntimeException ex) {
			log.info("Could not answer the button press of update {}: {}", update.getUpdateId(), ex.getMessage());
		}
	}

	/**
	 * A user who answers (by typing or with the current question's button) has moved past
	 * the question, so its buttons go. A press on an older message changes nothing: the
	 * dialogue answers it as stale and the current question keeps its buttons.
	 */
	private void takeButtonsOff(Update update, Inbound inbound) {
		CallbackQuery press = update.getCallbackQuery();
		if (press == null) {
			buttons.movedOn(inbound.chatId());
		}
		else if (press.getMessage() != null && press.getMessage().getMessageId() != null) {
			buttons.pressed(inbound.chatId(), press.getMessage().getMessageId());
		}
	}

	private void apologise(Update update) {
		Optional<String> chatId = chatOf(update);
		if (chatId.isEmpty()) {
			return;
		}
		try {
			outbox.enqueue(List.of(Outbound.text(Channel.TELEGRAM, chatId.get(), coreTexts.get("error.try-again"))));
		}
		catch (RuntimeException again) {
			log.error("Could not even queue the apology for Telegram chat {}", chatId.get(), again);
		}
	}

	private static Optional<String> chatOf(Update update) {
		if (update.hasMessage() && update.getMessage().getChat() != null) {
			return Optional.ofNullable(idOf(update.getMessage().getChat().getId()));
		}
		if (update.hasCallbackQuery()) {
			CallbackQuery press = update.getCallbackQuery();
			if (press.getMessage() != null && press.getMessage().getChat() != null) {
				return Optional.ofNullable(idOf(press.getMessage().getChat().getId()));
			}
			if (press.getFrom() != null) {
				return Optional.ofNullable(idOf(press.getFrom().getId()));
			}
		}
		return Optional.empty();
	}

	private static @Nullable String idOf(@Nullable Long id) {
		return id == null ? null : String.valueOf(id);
	}

}
