package vn.baocao.channel.telegram;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import vn.baocao.messaging.Option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InlineKeyboardsTest {

	@Test
	void noOptionsNoKeyboard() {
		assertThat(InlineKeyboards.of(List.of())).isNull();
	}

	@Test
	void eachOptionIsAButtonCarryingItsPayload() {
		InlineKeyboardMarkup keyboard = InlineKeyboards
			.of(List.of(new Option("Có", "4:yes"), new Option("Không", "4:no")));
		assertThat(keyboard.getKeyboard()).hasSize(1);
		InlineKeyboardRow row = keyboard.getKeyboard().get(0);
		assertThat(row).extracting(InlineKeyboardButton::getText).containsExactly("Có", "Không");
		assertThat(row).extracting(InlineKeyboardButton::getCallbackData).containsExactly("4:yes", "4:no");
	}

	@Test
	void longLabelsGetARowEach() {
		InlineKeyboardMarkup keyboard = InlineKeyboards.of(List.of(new Option("Phát quang, dọn vệ sinh đường", "5:t:a"),
				new Option("Thắp sáng đường quê", "5:t:b"), new Option("Xong", "5:done")));
		assertThat(keyboard.getKeyboard()).extracting(List::size).containsExactly(1, 2);
	}

	@Test
	void callbackDataOver64BytesIsRefusedCountingBytesNotCharacters() {
		String fits = "9:o:" + "ê".repeat(30);
		assertThat(InlineKeyboards.of(List.of(new Option("a", fits)))).isNotNull();
		String tooLong = "9:o:" + "ê".repeat(31);
		assertThat(tooLong.length()).isLessThan(64);
		assertThatThrownBy(() -> InlineKeyboards.of(List.of(new Option("Ấp Xóm Tháp", tooLong))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("66 bytes")
			.hasMessageContaining("Ấp Xóm Tháp");
	}

	@Test
	void theEmptyKeyboardHasNoButtons() {
		assertThat(InlineKeyboards.none().getKeyboard()).isEmpty();
	}

}
