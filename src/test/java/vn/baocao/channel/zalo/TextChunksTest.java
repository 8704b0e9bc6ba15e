package vn.baocao.channel.zalo;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextChunksTest {

	@Test
	void aShortTextIsOnePiece() {
		assertThat(TextChunks.split("Xin chào\nLan", 2000)).containsExactly("Xin chào\nLan");
	}

	@Test
	void longTextsAreCutBetweenLines() {
		String text = IntStream.range(0, 30)
			.mapToObj(i -> String.format("%02d ", i) + "x".repeat(96))
			.collect(Collectors.joining("\n"));

		List<String> pieces = TextChunks.split(text, 2000);

		assertThat(pieces).hasSize(2).allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(2000));
		assertThat(String.join("\n", pieces)).isEqualTo(text);
		assertThat(pieces.get(0)).endsWith("x").hasSize(1999);
		assertThat(pieces.get(1)).startsWith("20 ");
	}

	@Test
	void aLineLongerThanTheLimitIsCutAtASpace() {
		String line = IntStream.range(0, 700).mapToObj(i -> "từ" + i).collect(Collectors.joining(" "));

		List<String> pieces = TextChunks.split(line, 2000);

		assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(piece -> {
			assertThat(piece.length()).isLessThanOrEqualTo(2000);
			assertThat(piece).doesNotStartWith(" ").doesNotEndWith(" ");
		});
		assertThat(String.join(" ", pieces)).isEqualTo(line);
	}

	@Test
	void aCutNeverSplitsAnEmoji() {
		String line = "a".repeat(1999) + "😀" + "b".repeat(10);

		List<String> pieces = TextChunks.split(line, 2000);

		assertThat(pieces).containsExactly("a".repeat(1999), "😀" + "b".repeat(10));
	}

	@Test
	void anEmptyTextHasNoPieces() {
		assertThat(TextChunks.split("  \n ", 2000)).isEmpty();
	}

}
