package vn.baocao.draft;

import java.math.BigDecimal;

/**
 * A figure with its unit as the plan writes it ({@code dài 3.000m}, {@code 03 căn},
 * {@code 90 triệu đồng}), read into base units (metres, đồng).
 *
 * @param start where it starts in its line
 * @param end where it ends
 * @param unit its kind of unit
 * @param value the amount in base units
 * @param perUnit written after "mỗi" ({@code mỗi phần 500 000đ}): a price, not a total
 * @param hamlets written as {@code 8 ấp/8 cuộc}: the 8 hamlets it is shared by, else 0
 */
record Figure(int start, int end, Unit unit, BigDecimal value, boolean perUnit, int hamlets) {

	String text(String line) {
		return line.substring(start, end);
	}

}
