package vn.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class ViNumberPropertiesTest {

	private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

	@Property(tries = 2000)
	void parseNeverThrowsOnAnyString(@ForAll @StringLength(max = 200) String input) {
		assertThat(ViNumber.parse(input)).isNotNull();
	}

	@Property(tries = 3000)
	void parseNeverThrowsOnStringsMadeOfNumberCharacters(
			@ForAll @StringLength(max = 70) @NumericChars @Chars({ '.', ',', ' ', '+', '-', '\u00a0', '\t', 'm', 'k',
					't', 'r', 'i', 'u', 'y', 'n', 'g', 'h', 'v', 'd', 'o', 'e', 'a', 'đ', 'Đ', 'ệ', 'ỷ', 'ì', 'à', 'é',
					'ồ', 'ô', 'K', 'M', 'T', 'V', 'D' }) @CharRange(from = '\u0300', to = '\u0323') String input) {
		assertThat(ViNumber.parse(input)).isNotNull();
	}

	@Property(tries = 3000)
	void parseNeverThrowsOnRandomNumberLikeTokens(@ForAll("numberLike") String input) {
		Optional<BigDecimal> parsed = ViNumber.parse(input);
		assertThat(parsed).isNotNull();
		// whatever it accepts is normalised: no exponent and no trailing fraction zeros
		parsed.ifPresent(v -> assertThat(v.toPlainString()).isEqualTo(v.toString())
			.doesNotEndWith(".")
			.satisfies(plain -> assertThat(plain.contains(".") && plain.endsWith("0")).isFalse()));
	}

	@Property(tries = 2000)
	void formatThenParseRoundTrips(@ForAll("decimals") BigDecimal value) {
		String formatted = ViNumber.format(value);
		assertThat(formatted).doesNotContain("E", "e").matches("-?\\d{1,3}(\\.\\d{3})*(,\\d*[1-9])?");
		assertThat(ViNumber.parse(formatted)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
	}

	@Property(tries = 1000)
	void formatWithUnitThenParseRoundTrips(@ForAll("decimals") BigDecimal value, @ForAll("baseUnits") String unit) {
		assertThat(ViNumber.parse(ViNumber.format(value, unit)))
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
	}

	@Property(tries = 1000)
	void decomposedInputParsesLikeComposed(@ForAll("numberLike") String input) {
		assertThat(ViNumber.parse(Normalizer.normalize(input, Normalizer.Form.NFD))).isEqualTo(ViNumber.parse(input));
	}

	@Provide
	Arbitrary<BigDecimal> decimals() {
		return Arbitraries.integers()
			.between(0, 4)
			.flatMap(scale -> Arbitraries.bigDecimals().between(LIMIT.negate(), LIMIT).ofScale(scale));
	}

	@Provide
	Arbitrary<String> baseUnits() {
		return Arbitraries.of("m", "mét", "đ", "đồng", "vnd", "VND");
	}

	@Provide
	Arbitrary<String> numberLike() {
		return Arbitraries
			.of("0", "1", "12", "330", "000", "5", "1234", ".", ",", " ", "  ", "-", "+", "m", "mét", "km", "k",
					"nghìn", "ngàn", "triệu", "Triệu", "tr", "tỷ", "ty", "đ", "đồng", "VND", "không", "ko", "abc",
					"\u0301")
			.list()
			.ofMaxSize(10)
			.map(tokens -> String.join("", tokens));
	}

}
