package vn.baocao.text;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageSplitterTest {

	@Test
	void aShortTextIsOneMessage() {
		assertThat(MessageSplitter.split("một\nhai", 4096)).containsExactly("một\nhai");
		assertThat(MessageSplitter.split("Câu 1/4. Số người dân tham gia\nGõ một số, ví dụ: 25", 4096))
			.containsExactly("Câu 1/4. Số người dân tham gia\nGõ một số, ví dụ: 25");
	}

	@Test
	void eachChannelHasItsLimit() {
		assertThat(MessageSplitter.limit(Channel.ZALO)).isEqualTo(2000);
		assertThat(MessageSplitter.limit(Channel.TELEGRAM)).isEqualTo(4096);
		assertThat(MessageSplitter.limit(Channel.LOCAL)).isEqualTo(4096);
		assertThatThrownBy(() -> MessageSplitter.split("abc", 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aLongTextIsCutBetweenLines() {
		String text = "Ấp Cầu: 3.500 m\nẤp Trại Bí: 1.500 m\nẤp Sân Bay: 600 m\nẤp Mới: 300 m";
		assertThat(MessageSplitter.split(text, 36)).containsExactly("Ấp Cầu: 3.500 m\nẤp Trại Bí: 1.500 m",
				"Ấp Sân Bay: 600 m\nẤp Mới: 300 m");
	}

	@Test
	void aThousandLineSummaryLosesNoLineAndTearsNone() {
		String text = IntStream.rangeClosed(1, 1000)
			.mapToObj(i -> "• Ấp số " + i + ": gửi lúc 14:05")
			.collect(Collectors.joining("\n"));
		List<String> messages = MessageSplitter.split(text, MessageSplitter.TELEGRAM_LIMIT);
		assertThat(messages).hasSizeGreaterThan(1);
		assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(4096));
		assertThat(String.join("\n", messages)).isEqualTo(text);
		assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("• Ấp số ").endsWith(": gửi lúc 14:05"));
	}

	@Test
	void zaloPiecesAreCutBetweenLines() {
		String text = IntStream.range(0, 30)
			.mapToObj(i -> String.format("%02d ", i) + "x".repeat(96))
			.collect(Collectors.joining("\n"));
		List<String> pieces = MessageSplitter.split(text, MessageSplitter.ZALO_LIMIT);
		assertThat(pieces).hasSize(2);
		assertThat(pieces.get(0)).endsWith("x").hasSize(1999);
		assertThat(pieces.get(1)).startsWith("20 ");
		assertThat(String.join("\n", pieces)).isEqualTo(text);
	}

	@Test
	void aParagraphBreakIsPreferredToALineBreak() {
		String first = "Tổng hợp\n" + "a".repeat(20) + "\n" + "b".repeat(20);
		String text = first + "\n\n" + "c".repeat(10) + "\n" + "d".repeat(10);
		List<String> messages = MessageSplitter.split(text, 70);
		assertThat(messages).containsExactly(first, "c".repeat(10) + "\n" + "d".repeat(10));
	}

	@Test
	void anEarlyParagraphBreakDoesNotCostAMessage() {
		String text = "Tiêu đề\n\n" + "dòng một dài\n".repeat(10);
		List<String> messages = MessageSplitter.split(text.strip(), 60);
		assertThat(messages.get(0)).startsWith("Tiêu đề\n\ndòng một dài");
		assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(60));
	}

	@Test
	void aLineLongerThanTheLimitIsCutAtSpaces() {
		assertThat(MessageSplitter.split("một hai ba bốn năm sáu", 10)).containsExactly("một hai ba", "bốn năm", "sáu");
		assertThat(MessageSplitter.split("aaaa bbbb cccc", 9)).containsExactly("aaaa bbbb", "cccc");
		String line = IntStream.range(0, 700).mapToObj(i -> "từ" + i).collect(Collectors.joining(" "));
		List<String> pieces = MessageSplitter.split(line, 2000);
		assertThat(pieces).hasSizeGreaterThan(1)
			.allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(2000).doesNotStartWith(" ").doesNotEndWith(" "));
		assertThat(String.join(" ", pieces)).isEqualTo(line);
	}

	@Test
	void aWordLongerThanTheLimitIsCutWithoutTearingACharacter() {
		assertThat(MessageSplitter.split("📋📋📋", 3)).containsExactly("📋", "📋", "📋");
		assertThat(MessageSplitter.split("abcdefghi😀xyz", 10)).containsExactly("abcdefghi", "😀xyz");
		assertThat(MessageSplitter.split("a".repeat(1999) + "😀" + "b".repeat(10), 2000))
			.containsExactly("a".repeat(1999), "😀" + "b".repeat(10));
		// a decomposed "ệ" (e + circumflex + dot below) stays with its letter
		String decomposed = "abcde\u0302\u0323fgh";
		assertThat(MessageSplitter.split(decomposed, 6)).containsExactly("abcd", "e\u0302\u0323fgh");
	}

	@Test
	void blankLinesAtACutGoAndNoMessageIsBlank() {
		assertThat(MessageSplitter.split("aaaa\n\n\n\nbbbb", 5)).containsExactly("aaaa", "bbbb");
		assertThat(MessageSplitter.split("  \n ", 4096)).isEmpty();
		assertThat(MessageSplitter.split("", 4096)).isEmpty();
		assertThat(MessageSplitter.split("\n\nabc", 4096)).containsExactly("abc");
	}

	@Test
	void indentationAfterALineCutIsKept() {
		assertThat(MessageSplitter.split("aaaa\n  bb", 6)).containsExactly("aaaa", "  bb");
	}

	@Test
	void htmlCountsEntitiesAsOneCharacterAndTagsAsNone() {
		// 12 visible characters; 4 + "&amp;" + 7 raw
		String html = "<b>abcd</b>&amp;efghijk";
		assertThat(MessageSplitter.splitHtml(html, 12)).containsExactly(html);
		assertThat(MessageSplitter.split(html, 12)).hasSizeGreaterThan(1);
	}

	@Test
	void htmlIsNeverCutInsideAnEntityOrATag() {
		assertThat(MessageSplitter.splitHtml("abc&lt;def", 4)).containsExactly("abc&lt;", "def");
		assertThat(MessageSplitter.splitHtml("abcd&amp;ef", 4)).containsExactly("abcd", "&amp;ef");
		assertThat(MessageSplitter.splitHtml("xx <a href=\"https://t.me/x y\">link</a> zz", 8))
			.allSatisfy(part -> assertThat(part.chars().filter(c -> c == '<').count())
				.isEqualTo(part.chars().filter(c -> c == '>').count()));
	}

}
