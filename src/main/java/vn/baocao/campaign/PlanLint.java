package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds where the plan contradicts itself: a stated total that differs from the sum of
 * the hamlets' targets for the same field, and hamlets nobody oversees.
 */
public final class PlanLint {

	private PlanLint() {
	}

	/** A stated total and what the hamlets' targets actually add up to. */
	public record Disagreement(String field, BigDecimal stated, BigDecimal hamletsSum) {
	}

	public static List<Disagreement> disagreements(Campaign campaign) {
		List<Disagreement> found = new ArrayList<>();
		for (FieldDef field : campaign.report().fields()) {
			BigDecimal stated = campaign.statedTotals().get(field.key());
			if (stated == null) {
				continue;
			}
			BigDecimal sum = sumOfTargets(campaign, field.key());
			if (sum.compareTo(stated) != 0) {
				found.add(new Disagreement(field.key(), stated, sum));
			}
		}
		return found;
	}

	public static BigDecimal sumOfTargets(Campaign campaign, String field) {
		return campaign.hamlets()
			.stream()
			.map(Hamlet::targets)
			.map(t -> t.getOrDefault(field, BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public static List<Hamlet> withoutSupervisor(Campaign campaign) {
		return campaign.hamlets().stream().filter(h -> h.supervisors().isEmpty()).toList();
	}

	public static Map<String, BigDecimal> targetTotals(Campaign campaign) {
		Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
		for (FieldDef field : campaign.report().numericFields()) {
			BigDecimal sum = sumOfTargets(campaign, field.key());
			if (sum.signum() > 0) {
				totals.put(field.key(), sum);
			}
		}
		return totals;
	}

}
