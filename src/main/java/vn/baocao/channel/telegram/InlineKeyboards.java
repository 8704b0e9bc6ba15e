package vn.baocao.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import vn.baocao.messaging.Option;

/**
 * Options as an inline keyboard: each option a button whose callback data is its payload.
 * Short labels (Có / Không) share a row; long ones (section names) get a row each so they
 * stay readable.
 */
final class InlineKeyboards {

	/** Telegram's limit for callback_data, in bytes. */
	static final int CALLBACK_DATA_LIMIT = 64;

	private static final int ROW_LABEL_CHARS = 24;

	private static final int ROW_BUTTONS = 3;

	private InlineKeyboards() {
	}

	/** The keyboard for these options, or null when there are none. */
	static @Nullable InlineKeyboardMarkup of(List<Option> options) {
		if (options.isEmpty()) {
			return null;
		}
		List<InlineKeyboardRow> rows = new ArrayList<>();
		InlineKeyboardRow row = new InlineKeyboardRow();
		int rowChars = 0;
		for (Option option : options) {
			checkPayload(option);
			int chars = option.label().length();
			if (!row.isEmpty() && (row.size() >= ROW_BUTTONS || rowChars + chars > ROW_LABEL_CHARS)) {
				rows.add(row);
				row = new InlineKeyboardRow();
				rowChars = 0;
			}
			row.add(InlineKeyboardButton.builder().text(option.label()).callbackData(option.payload()).build());
			rowChars += chars;
		}
		rows.add(row);
		return new InlineKeyboardMarkup(rows);
	}

	/**
	 * A keyboard without buttons: editing a message's markup to this removes its buttons.
	 */
	static InlineKeyboardMarkup none() {
		return new InlineKeyboardMarkup(new ArrayList<>());
	}

	private static void checkPayload(Option option) {
		int bytes = option.payload().getBytes(StandardCharsets.UTF_8).length;
		if (bytes == 0 || bytes > CALLBACK_DATA_LIMIT) {
			throw new IllegalArgumentException("Option '" + option.label() + "' has a payload of " + bytes
					+ " bytes; Telegram's callback data takes 1 to " + CALLBACK_DATA_LIMIT);
		}
	}

}
