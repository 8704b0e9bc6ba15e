package vn.baocao.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import vn.baocao.campaign.Ratio;

/**
 * The campaign's ratio check on some figures. "At least 1:3" (residents : soldiers) is
 * met when there is at least one resident for every three soldiers: left × 3 ≥ right × 1.
 */
public record RatioCheck(Ratio ratio, BigDecimal left, BigDecimal right) {

	public boolean hasData() {
		return left.signum() > 0 || right.signum() > 0;
	}

	public boolean met() {
		return left.multiply(BigDecimal.valueOf(ratio.rightPart()))
			.compareTo(right.multiply(BigDecimal.valueOf(ratio.leftPart()))) >= 0;
	}

	/**
	 * The right side per one of the left, for "1 : 2,5"; empty when the left side is
	 * zero.
	 */
	public Optional<BigDecimal> rightPerLeft() {
		return left.signum() == 0 ? Optional.empty() : Optional.of(right.divide(left, 1, RoundingMode.HALF_UP));
	}

}
