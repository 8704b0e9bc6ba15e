package vn.baocao.channel.telegram;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramTextTest {

	@Test
	void htmlSpecialCharactersAreEscapedAndVietnameseIsKept() {
		assertThat(TelegramText.escapeHtml("Tiền < 5 triệu & đèn > 3 <b>cái</b>"))
			.isEqualTo("Tiền &lt; 5 triệu &amp; đèn &gt; 3 &lt;b&gt;cái&lt;/b&gt;");
		assertThat(TelegramText.escapeHtml("&amp;")).isEqualTo("&amp;amp;");
	}

	@Test
	void aTextWithinTheLimitIsOneMessage() {
		String text = "Câu 1/4. Số người dân tham gia\nGõ một số, ví dụ: 25";
		assertThat(TelegramText.split(text, TelegramText.MESSAGE_LIMIT)).containsExactly(text);
	}

	@Test
	void aLongTextIsCutBetweenLines() {
		String text = "Ấp Cầu: 3.500 m\nẤp Trại Bí: 1.500 m\nẤp Sân Bay: 600 m\nẤp Mới: 300 m";
		List<String> parts = TelegramText.split(text, 36);
		assertThat(parts).containsExactly("Ấp Cầu: 3.500 m\nẤp Trại Bí: 1.500 m", "Ấp Sân Bay: 600 m\nẤp Mới: 300 m");
	}

	@Test
	void aSummaryOfTenThousandCharactersFitsTelegramMessagesAndLosesNoLine() {
		StringBuilder summary = new StringBuilder("Tổng hợp ngày 10/12/2024");
		for (int i = 1; i <= 250; i++) {
			summary.append("\n• Ấp số ").append(i).append(": phát quang 1.330 m, thắp sáng 400 m");
		}
		List<String> parts = TelegramText.split(summary.toString(), TelegramText.MESSAGE_LIMIT);
		assertThat(summary.length()).isGreaterThan(2 * TelegramText.MESSAGE_LIMIT);
		assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
		assertThat(String.join("\n", parts)).isEqualTo(summary.toString());
		assertThat(parts.get(1)).startsWith("• Ấp số ");
	}

	@Test
	void aLineLongerThanTheLimitIsCutAtASpace() {
		List<String> parts = TelegramText.split("một hai ba bốn năm sáu", 10);
		assertThat(parts).containsExactly("một hai ba", "bốn năm", "sáu");
	}

	@Test
	void aWordLongerThanTheLimitIsCutWithoutSplittingAnEmoji() {
		String text = "abcdefghi😀xyz";
		List<String> parts = TelegramText.split(text, 10);
		assertThat(parts).containsExactly("abcdefghi", "😀xyz");
		assertThat(String.join("", parts)).isEqualTo(text);
	}

	@Test
	void blankLinesAtACutAreDroppedButEmptyMessagesNeverSent() {
		assertThat(TelegramText.split("aaaa\n\n\n\nbbbb", 5)).containsExactly("aaaa", "bbbb");
		assertThat(TelegramText.split("  \n ", 4096)).isEmpty();
	}

}
