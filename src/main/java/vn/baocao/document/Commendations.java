package vn.baocao.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.baocao.campaign.DocumentSettings.CommendationRule;
import vn.baocao.summary.HamletRecord;
import vn.baocao.summary.Progress;

/**
 * Which units the report proposes for commendation, by the campaign file's rule: every
 * target met (at least 100 % of each of the unit's targets) and/or no day missing (an
 * excused day is not missing). A unit that never reported is never proposed. Ties are
 * broken by the mean percent of the unit's targets, then by days on time.
 */
final class Commendations {

	private final CommendationRule rule;

	Commendations(CommendationRule rule) {
		this.rule = rule;
	}

	/**
	 * A proposed unit and the figures that justify it; {@code meanPercent} empty for a
	 * unit without targets.
	 */
	record Proposal(HamletRecord unit, Optional<BigDecimal> meanPercent) {
	}

	List<Proposal> proposals(List<HamletRecord> units) {
		return units.stream()
			.filter(this::qualifies)
			.map(u -> new Proposal(u, meanPercent(u)))
			.sorted(Comparator
				.comparing((Proposal p) -> p.meanPercent().orElse(BigDecimal.valueOf(-1)), Comparator.reverseOrder())
				.thenComparing(p -> p.unit().onTime(), Comparator.reverseOrder())
				.thenComparing(p -> p.unit().late())
				.thenComparing(p -> p.unit().name()))
			.toList();
	}

	boolean qualifies(HamletRecord unit) {
		if (unit.onTime() + unit.late() == 0) {
			return false;
		}
		if (rule.noMissingDay() && unit.missing() > 0) {
			return false;
		}
		return !rule.allTargetsMet() || allTargetsMet(unit);
	}

	static boolean allTargetsMet(HamletRecord unit) {
		return unit.progress().stream().filter(p -> p.target() != null).allMatch(Commendations::met);
	}

	static boolean met(Progress progress) {
		return progress.target() == null || progress.done().compareTo(progress.target()) >= 0;
	}

	static Optional<BigDecimal> meanPercent(HamletRecord unit) {
		List<BigDecimal> percents = unit.progress().stream().flatMap(p -> p.percent().stream()).toList();
		if (percents.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(sum.divide(BigDecimal.valueOf(percents.size()), 1, RoundingMode.HALF_UP));
	}

}
