package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One question of the daily report. {@code min}/{@code max} bound the number for numeric
 * types and the length in characters for text.
 */
public record FieldDef(String key, String label, FieldType type, @Nullable String unit, boolean required,
		@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String section, List<String> options) {

	/** Text answers are capped even when the campaign file gives no bound. */
	public static final int DEFAULT_TEXT_MAX = 1000;

	public FieldDef {
		options = List.copyOf(options);
	}

	public int textLimit() {
		return max == null ? DEFAULT_TEXT_MAX : max.intValue();
	}

}
