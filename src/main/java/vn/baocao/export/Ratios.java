package vn.baocao.export;

import vn.baocao.messaging.Texts;
import vn.baocao.report.ViNumber;
import vn.baocao.summary.RatioCheck;

/** A ratio check in words for the notes under a table: "52 : 150 (1 : 2,9) — đạt". */
final class Ratios {

	private Ratios() {
	}

	static String words(RatioCheck check, Texts texts) {
		if (!check.hasData()) {
			return texts.get("ratio.no-data");
		}
		String figures = ViNumber.format(check.left()) + " : " + ViNumber.format(check.right());
		String perOne = check.rightPerLeft()
			.map(v -> texts.get("ratio.per-one", figures, ViNumber.format(v)))
			.orElse(figures);
		return texts.get("ratio.words", perOne, texts.get(check.met() ? "ratio.met" : "ratio.not-met"));
	}

}
