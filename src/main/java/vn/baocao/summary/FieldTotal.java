package vn.baocao.summary;

import java.math.BigDecimal;

import vn.baocao.campaign.FieldDef;

/** The sum of one numeric report field over some reports. */
public record FieldTotal(FieldDef field, BigDecimal amount) {
}
