package vn.baocao.text;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSplitterPropertiesTest {

	@Property(tries = 3000)
	void everyPartFitsNothingIsLostNoCharacterIsTorn(@ForAll("texts") String text,
			@ForAll @IntRange(min = 2, max = 60) int limit) {
		List<String> parts = MessageSplitter.split(text, limit);
		assertThat(parts).allSatisfy(part -> {
			assertThat(part.length()).isLessThanOrEqualTo(limit);
			assertThat(part).isNotBlank();
			assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
			assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
		});
		assertThat(withoutWhitespace(String.join("", parts))).isEqualTo(withoutWhitespace(text));
	}

	@Property(tries = 3000)
	void htmlPartsFitTheirVisibleLimitAndKeepEveryTagAndEntityWhole(@ForAll("html") String html,
			@ForAll @IntRange(min = 2, max = 60) int limit) {
		List<String> parts = MessageSplitter.splitHtml(html, limit);
		assertThat(parts).allSatisfy(part -> {
			assertThat(visible(part)).isLessThanOrEqualTo(limit);
			assertThat(part.replaceAll("<[^<>]*>|&(amp|lt|gt|quot);", "")).doesNotContain("<", ">", "&", ";");
		});
		assertThat(withoutWhitespace(String.join("", parts))).isEqualTo(withoutWhitespace(html));
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries
			.of("một", "hai", "Ấp", " ", " ", "\n", "\n\n", "😀", "x", "ệ", "e\u0302\u0323", "dàiiiiiiiiiiiiiii")
			.list()
			.ofMaxSize(80)
			.map(tokens -> String.join("", tokens));
	}

	@Provide
	Arbitrary<String> html() {
		return Arbitraries
			.of("một", "Ấp", " ", "\n", "\n\n", "&amp;", "&lt;", "&gt;", "<b>", "</b>", "<i>", "</i>", "x")
			.list()
			.ofMaxSize(80)
			.map(tokens -> String.join("", tokens));
	}

	private static String withoutWhitespace(String text) {
		return text.replaceAll("\\s", "");
	}

	private static int visible(String html) {
		return html.replaceAll("<[^<>]*>", "").replaceAll("&(amp|lt|gt|quot);", "&").length();
	}

}
