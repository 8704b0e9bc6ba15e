package vn.baocao.report;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.FieldType;

import static org.assertj.core.api.Assertions.assertThat;

/** What people answer for "none" is 0 for a number field where 0 is allowed. */
class NothingAnswersTest {

	static final FieldDef PEOPLE = new FieldDef("examined", "Số người được khám bệnh", FieldType.COUNT, "người", true,
			null, null, null, List.of());

	static final FieldDef AT_LEAST_ONE = new FieldDef("sessions", "Số buổi", FieldType.COUNT, "buổi", true,
			BigDecimal.ONE, null, null, List.of());

	static final FieldDef METRES = new FieldDef("cleared_m", "Phát quang", FieldType.QUANTITY, "m", false, null, null,
			null, List.of());

	@ParameterizedTest
	@ValueSource(strings = { "không có", "Không có", "chưa có", "không ạ", "0 người", "không có ạ", "Chưa có ạ.",
			"ko có", "không", "0", "chưa có ai", "không có gì" })
	void nothingIsZero(String typed) {
		assertThat(AnswerParser.parse(PEOPLE, typed)).isEqualTo(new Parsed.Ok(new Value.Number(BigDecimal.ZERO)));
		assertThat(AnswerParser.parse(METRES, typed)).isEqualTo(new Parsed.Ok(new Value.Number(BigDecimal.ZERO)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12 người", "12 người ạ", "12" })
	void aCountWithItsUnitOrAPoliteEndIsTheCount(String typed) {
		assertThat(AnswerParser.parse(PEOPLE, typed))
			.isEqualTo(new Parsed.Ok(new Value.Number(BigDecimal.valueOf(12))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "không có", "0 buổi" })
	void nothingIsStillRefusedWhereTheFieldNeedsAtLeastOne(String typed) {
		assertThat(AnswerParser.parse(AT_LEAST_ONE, typed)).isInstanceOf(Parsed.Refused.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "có", "nhiều lắm", "không biết", "người", "mười hai" })
	void anythingElseIsStillRefusedWithTheExample(String typed) {
		assertThat(AnswerParser.parse(PEOPLE, typed)).isEqualTo(new Parsed.Refused(Problem.of("answer.number.count")));
	}

}
