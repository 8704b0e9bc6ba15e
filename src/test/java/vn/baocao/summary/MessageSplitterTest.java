package vn.baocao.summary;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSplitterTest {

	@Test
	void aShortTextIsOneMessage() {
		assertThat(MessageSplitter.split("một\nhai", 4096)).containsExactly("một\nhai");
	}

	@Test
	void longTextsAreCutOnLineBoundariesWithinTheLimit() {
		String text = IntStream.rangeClosed(1, 1000)
			.mapToObj(i -> "• Ấp số " + i + ": gửi lúc 14:05")
			.collect(Collectors.joining("\n"));
		List<String> messages = MessageSplitter.split(text, MessageSplitter.limit(Channel.TELEGRAM));
		assertThat(messages).hasSizeGreaterThan(1);
		assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(4096));
		assertThat(String.join("\n", messages)).isEqualTo(text);
		assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("• Ấp số ").endsWith(": gửi lúc 14:05"));
	}

	@Test
	void aLineLongerThanTheLimitIsCutAtASpace() {
		List<String> messages = MessageSplitter.split("aaaa bbbb cccc", 9);
		assertThat(messages).containsExactly("aaaa bbbb", "cccc");
	}

	@Test
	void aWordLongerThanTheLimitIsCutWithoutBreakingACharacter() {
		String emoji = "📋📋📋";
		List<String> messages = MessageSplitter.split(emoji, 3);
		assertThat(messages).containsExactly("📋", "📋", "📋");
	}

	@Test
	void zaloHasTheShorterLimit() {
		assertThat(MessageSplitter.limit(Channel.ZALO)).isEqualTo(2000);
		assertThat(MessageSplitter.limit(Channel.TELEGRAM)).isEqualTo(4096);
	}

}
