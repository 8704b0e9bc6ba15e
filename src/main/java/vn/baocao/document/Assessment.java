package vn.baocao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.baocao.messaging.Texts;
import vn.baocao.report.ViNumber;
import vn.baocao.summary.CampaignReport;
import vn.baocao.summary.HamletRecord;
import vn.baocao.summary.Progress;
import vn.baocao.summary.RatioCheck;

/**
 * Section II: plain sentences drawn from the figures and nothing else: each target of the
 * commune met or not and by how many units, who fell short and by how much, how the daily
 * reporting went, and the ratio check.
 */
final class Assessment {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Texts texts;

	Assessment(Texts texts) {
		this.texts = texts;
	}

	List<String> of(CampaignReport figures, int campaignDays, boolean finalReport) {
		List<String> sentences = new ArrayList<>();
		sentences.add(finalReport
				? texts.get("assess.period.final", figures.dayCount(), Format.day(figures.firstDay()),
						Format.day(figures.lastDay()))
				: texts.get("assess.period.progress", Format.day(figures.lastDay()), figures.dayCount(), campaignDays));
		int targets = 0;
		int met = 0;
		for (Progress total : figures.totals()) {
			if (total.target() == null || total.target().signum() <= 0) {
				continue;
			}
			targets++;
			boolean done = Commendations.met(total);
			if (done) {
				met++;
			}
			String percent = Format.percent(total);
			String key = !done ? "assess.target.short" : total.percent().orElse(HUNDRED).compareTo(HUNDRED) > 0
					? "assess.target.exceeded" : "assess.target.met";
			sentences.add((texts.get(key, total.field().label(), Format.amount(total.field(), total.done()),
					Format.amount(total.field(), total.target()), percent) + " " + units(figures, total))
				.strip());
		}
		if (targets > 0) {
			sentences.add(texts.get("assess.targets", met, targets));
		}
		sentences.add(participation(figures));
		RatioCheck ratio = figures.ratio();
		if (ratio != null && ratio.hasData()) {
			sentences.add(texts.get(ratio.met() ? "assess.ratio.met" : "assess.ratio.short", ratio.ratio().label(),
					ViNumber.format(ratio.left()) + " : " + ViNumber.format(ratio.right()),
					ratio.ratio().leftPart() + ":" + ratio.ratio().rightPart()));
		}
		return sentences;
	}

	/** How the units with this target did: all met, or who fell short and how far. */
	private String units(CampaignReport figures, Progress total) {
		String key = total.field().key();
		int withTarget = 0;
		List<String> short_ = new ArrayList<>();
		for (HamletRecord unit : figures.units()) {
			for (Progress own : unit.progress()) {
				if (own.field().key().equals(key) && own.target() != null && own.target().signum() > 0) {
					withTarget++;
					if (!Commendations.met(own)) {
						short_.add(texts.get("assess.unit.short", unit.name(), Format.percent(own)));
					}
				}
			}
		}
		if (withTarget == 0) {
			return "";
		}
		if (short_.isEmpty()) {
			return texts.get("assess.units.all", withTarget);
		}
		return texts.get("assess.units.some", withTarget - short_.size(), withTarget, String.join(", ", short_));
	}

	private String participation(CampaignReport figures) {
		int onTime = 0;
		int late = 0;
		int excused = 0;
		int missing = 0;
		List<String> missed = new ArrayList<>();
		for (HamletRecord unit : figures.units()) {
			onTime += unit.onTime();
			late += unit.late();
			excused += unit.excused();
			missing += unit.missing();
			if (unit.missing() > 0) {
				missed.add(texts.get("assess.unit.missed", unit.name(), unit.missing()));
			}
		}
		int expected = figures.units().size() * figures.dayCount();
		String counts = texts.get("assess.participation", onTime + late, expected, onTime, late, excused, missing);
		return counts + " " + (missed.isEmpty() ? texts.get("assess.missed.none")
				: texts.get("assess.missed.some", String.join(", ", missed)));
	}

}
