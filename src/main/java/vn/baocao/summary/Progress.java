package vn.baocao.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.FieldDef;

/**
 * What was done of one field so far against its target (the hamlets' targets added up),
 * if it has one.
 */
public record Progress(FieldDef field, BigDecimal done, @Nullable BigDecimal target) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Percent of the target, one decimal (35,4 %); empty without a positive target. */
	public Optional<BigDecimal> percent() {
		if (target == null || target.signum() <= 0) {
			return Optional.empty();
		}
		return Optional.of(done.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP));
	}

}
