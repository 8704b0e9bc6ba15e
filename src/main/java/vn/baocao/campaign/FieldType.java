package vn.baocao.campaign;

import java.util.Locale;

/** How a report field's answer is typed and checked. */
public enum FieldType {

	/** A whole number of things or people. */
	COUNT,
	/** A measured amount, usually metres; decimals allowed. */
	QUANTITY,
	/** Vietnamese đồng, whole numbers. */
	MONEY, TEXT, YESNO, CHOICE, PHOTOS;

	public boolean isNumeric() {
		return this == COUNT || this == QUANTITY || this == MONEY;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
