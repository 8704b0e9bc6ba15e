package vn.baocao.draft;

import java.math.BigDecimal;

/** One figure of the plan for one report field, with the words it was read from. */
record Target(BigDecimal value, Quote quote) {
}
