package vn.baocao.supervisor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Value;
import vn.baocao.report.ViNumber;

/**
 * A hamlet's figures as a supervisor reads them on a phone: one line per answer, in the
 * report's order, numbers in vi-VN style with the share of the hamlet's target where it
 * has one; long texts cut short.
 */
@PerCampaign
@Component
final class Figures {

	/** Enough of a free text (difficulties, materials) to know whether to call. */
	static final int TEXT_SHOWN = 200;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Campaign campaign;

	private final SupervisorTexts texts;

	Figures(Campaign campaign, SupervisorTexts texts) {
		this.campaign = campaign;
		this.texts = texts;
	}

	/** "• Phát quang, dọn vệ sinh đường: 1.330 m (38% chỉ tiêu 3.500 m)" per answer. */
	List<String> lines(Unit hamlet, Map<String, Value> values) {
		List<String> lines = new ArrayList<>();
		for (FieldDef field : campaign.templateOf(hamlet).fields()) {
			Value value = values.get(field.key());
			if (value != null) {
				lines.add(texts.get("figure.line", field.label(), value(field, value) + share(hamlet, field, value)));
			}
		}
		return lines;
	}

	/**
	 * What a revision changed: each answer that differs, with what it was; answers added
	 * and answers taken out.
	 */
	List<String> changes(Unit hamlet, Map<String, Value> before, Map<String, Value> after) {
		List<String> lines = new ArrayList<>();
		for (FieldDef field : campaign.templateOf(hamlet).fields()) {
			Value was = before.get(field.key());
			Value now = after.get(field.key());
			if (same(was, now)) {
				continue;
			}
			if (now == null) {
				lines.add(texts.get("figure.removed", field.label(), value(field, was)));
			}
			else {
				String note = was == null ? texts.get("figure.added") : texts.get("figure.was", value(field, was));
				lines
					.add(texts.get("figure.line", field.label(), value(field, now) + share(hamlet, field, now) + note));
			}
		}
		return lines;
	}

	/**
	 * "• Phát quang, dọn vệ sinh đường: 2.000 / 3.500 m (57%)" for each target of the
	 * hamlet, from the latest revision of every report so far.
	 */
	List<String> progress(Unit hamlet, List<DailyReport> reports) {
		List<String> lines = new ArrayList<>();
		for (FieldDef field : campaign.templateOf(hamlet).numericFields()) {
			BigDecimal target = hamlet.targets().get(field.key());
			if (target == null || target.signum() <= 0) {
				continue;
			}
			BigDecimal done = BigDecimal.ZERO;
			for (DailyReport report : reports) {
				if (report.latest().values().get(field.key()) instanceof Value.Number number) {
					done = done.add(number.amount());
				}
			}
			lines.add(texts.get("progress.line", field.label(), ViNumber.format(done),
					ViNumber.format(target, field.unit()), percent(done, target)));
		}
		return lines;
	}

	String value(FieldDef field, Value value) {
		if (value instanceof Value.Number number) {
			return ViNumber.format(number.amount(), field.unit());
		}
		if (value instanceof Value.Text text) {
			String shown = text.text().strip();
			return shown.length() <= TEXT_SHOWN ? shown : shown.substring(0, TEXT_SHOWN).strip() + "…";
		}
		if (value instanceof Value.YesNo yesNo) {
			return texts.get(yesNo.yes() ? "figure.yes" : "figure.no");
		}
		if (value instanceof Value.Choice choice) {
			return choice.option();
		}
		return texts.get("figure.photos", ((Value.Photos) value).refs().size());
	}

	private String share(Unit hamlet, FieldDef field, Value value) {
		BigDecimal target = hamlet.targets().get(field.key());
		if (!(value instanceof Value.Number number) || target == null || target.signum() <= 0) {
			return "";
		}
		return texts.get("figure.target", percent(number.amount(), target), ViNumber.format(target, field.unit()));
	}

	/** Equal answers; numbers compare by value, so 30 and 30.0 are the same figure. */
	private static boolean same(@Nullable Value a, @Nullable Value b) {
		if (a instanceof Value.Number x && b instanceof Value.Number y) {
			return x.amount().compareTo(y.amount()) == 0;
		}
		return Objects.equals(a, b);
	}

	/** Whole percents; a small but real share shows as "<1%", not as nothing done. */
	static String percent(BigDecimal part, BigDecimal whole) {
		BigDecimal percent = part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP);
		if (percent.signum() == 0 && part.signum() > 0) {
			return "<1%";
		}
		return ViNumber.format(percent) + "%";
	}

}
