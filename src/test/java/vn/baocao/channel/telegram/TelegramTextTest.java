package vn.baocao.channel.telegram;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.baocao.text.MessageSplitter;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramTextTest {

	@Test
	void htmlSpecialCharactersAreEscapedAndVietnameseIsKept() {
		assertThat(TelegramText.escapeHtml("Tiền < 5 triệu & đèn > 3 <b>cái</b>"))
			.isEqualTo("Tiền &lt; 5 triệu &amp; đèn &gt; 3 &lt;b&gt;cái&lt;/b&gt;");
		assertThat(TelegramText.escapeHtml("&amp;")).isEqualTo("&amp;amp;");
	}

	@Test
	void aSummaryOfTenThousandCharactersFitsTelegramMessagesAndLosesNoLine() {
		StringBuilder summary = new StringBuilder("Tổng hợp ngày 10/12/2024");
		for (int i = 1; i <= 250; i++) {
			summary.append("\n• Ấp số ").append(i).append(": phát quang 1.330 m, thắp sáng 400 m");
		}
		String html = TelegramText.escapeHtml(summary.toString());
		List<String> parts = MessageSplitter.splitHtml(html, MessageSplitter.TELEGRAM_LIMIT);
		assertThat(summary.length()).isGreaterThan(2 * MessageSplitter.TELEGRAM_LIMIT);
		assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
		assertThat(String.join("\n", parts)).isEqualTo(html);
		assertThat(parts.get(1)).startsWith("• Ấp số ");
	}

	@Test
	void escapedCharactersCountAsOneAndAreNeverTornAtACut() {
		// 4096 visible characters of which 1000 are '&': 1 message in Telegram's count
		String plain = "a&b ".repeat(1024);
		String html = TelegramText.escapeHtml(plain.strip());
		assertThat(html.length()).isGreaterThan(4096);
		assertThat(MessageSplitter.splitHtml(html, MessageSplitter.TELEGRAM_LIMIT)).containsExactly(html);
		// one more visible character: two messages, each cut at a space, every entity
		// whole
		List<String> parts = MessageSplitter.splitHtml(TelegramText.escapeHtml(plain + "<z"), 4096);
		assertThat(parts).hasSize(2).allSatisfy(part -> assertThat(part).doesNotStartWith("amp;").doesNotEndWith("&"));
		assertThat(parts.get(1)).isEqualTo("&lt;z");
	}

}
