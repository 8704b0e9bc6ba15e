package vn.baocao.export;

import org.apache.poi.ss.usermodel.IndexedColors;

/** How a cell looks besides its number format: its role on the sheet and its mark. */
enum Look {

	TITLE(false, true, null), SUBTITLE(false, false, null), NOTE(false, false, null),
	HEADER(true, true, IndexedColors.GREY_25_PERCENT), PLAIN(true, false, null),
	/** The totals row. */
	TOTAL(true, true, IndexedColors.LEMON_CHIFFON),
	/** A late report. */
	LATE(true, false, IndexedColors.TAN),
	/** No report and no excuse; a figure short of its check. */
	MISSING(true, false, IndexedColors.ROSE), EXCUSED(true, false, IndexedColors.GREY_25_PERCENT),
	/** A revision that a later one replaced. */
	REPLACED(true, false, IndexedColors.GREY_25_PERCENT),
	/** Done: a target reached, a ratio met. */
	GOOD(true, false, IndexedColors.LIGHT_GREEN);

	final boolean boxed;

	final boolean bold;

	final IndexedColors fill;

	Look(boolean boxed, boolean bold, IndexedColors fill) {
		this.boxed = boxed;
		this.bold = bold;
		this.fill = fill;
	}

}
