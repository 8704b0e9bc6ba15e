package vn.baocao.conversation;

import java.util.List;
import java.util.Map;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.messaging.Texts;
import vn.baocao.report.Value;
import vn.baocao.report.ViNumber;

/**
 * Writes answers the way people read them: vi-VN numbers with units, Có/Không, photo
 * counts.
 */
final class Answers {

	private final Texts texts;

	Answers(Texts texts) {
		this.texts = texts;
	}

	String format(FieldDef field, Value value) {
		if (value instanceof Value.Number n) {
			return ViNumber.format(n.amount(), field.unit());
		}
		if (value instanceof Value.Text t) {
			return t.text();
		}
		if (value instanceof Value.YesNo y) {
			return texts.get(y.yes() ? "word.yes" : "word.no");
		}
		if (value instanceof Value.Choice c) {
			return c.option();
		}
		return texts.get("answer.photos.count", ((Value.Photos) value).refs().size());
	}

	/** One line per answered field, in template order: "• label: value". */
	String lines(ReportTemplate template, Map<String, Value> answers) {
		StringBuilder text = new StringBuilder();
		for (FieldDef field : template.fields()) {
			Value value = answers.get(field.key());
			if (value != null) {
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(texts.get("report.line", field.label(), format(field, value)));
			}
		}
		return text.isEmpty() ? texts.get("report.empty") : text.toString();
	}

	List<String> photoRefs(Map<String, Value> answers) {
		return answers.values()
			.stream()
			.filter(Value.Photos.class::isInstance)
			.flatMap(v -> ((Value.Photos) v).refs().stream())
			.toList();
	}

}
