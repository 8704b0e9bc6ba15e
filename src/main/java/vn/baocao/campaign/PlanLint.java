package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where the plan contradicts itself: a stated total that differs from the sum of
 * the units' targets for the same field, and units nobody oversees. Hamlets and
 * organisations both count; a field key shared by several templates is one figure.
 */
public final class PlanLint {

	private PlanLint() {
	}

	/** A stated total and what the units' targets actually add up to. */
	public record Disagreement(String field, BigDecimal stated, BigDecimal hamletsSum) {
	}

	/**
	 * Stated totals that some unit's targets also cover and that differ from their sum. A
	 * stated total no unit has a target for is a commune-level target, not a
	 * disagreement.
	 */
	public static List<Disagreement> disagreements(Campaign campaign) {
		List<Disagreement> found = new ArrayList<>();
		for (FieldDef field : campaign.numericFields()) {
			BigDecimal stated = campaign.statedTotals().get(field.key());
			if (stated == null || campaign.units().stream().noneMatch(u -> u.targets().containsKey(field.key()))) {
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
		return campaign.units()
			.stream()
			.map(Unit::targets)
			.map(t -> t.getOrDefault(field, BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public static List<Unit> withoutSupervisor(Campaign campaign) {
		return campaign.units().stream().filter(h -> h.supervisors().isEmpty()).toList();
	}

	/**
	 * The campaign's targets per field: the units' targets added up, or, for a field no
	 * unit has a target for, the plan's stated total for the whole commune.
	 */
	public static Map<String, BigDecimal> targetTotals(Campaign campaign) {
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		for (FieldDef field : campaign.numericFields()) {
			BigDecimal sum = sumOfTargets(campaign, field.key());
			if (sum.signum() > 0) {
				totals.put(field.key(), sum);
			}
			else if (campaign.statedTotals().containsKey(field.key())) {
				totals.put(field.key(), campaign.statedTotals().get(field.key()));
			}
		}
		return totals;
	}

}
