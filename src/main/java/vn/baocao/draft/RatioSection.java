package vn.baocao.draft;

/** {@code ratio:} when the plan asks for one ("01 người dân với 03 chiến sĩ LLVT"). */
final class RatioSection implements DraftSection {

	@Override
	public void write(PlanReading r, DraftOut out) {
		if (r.ratio == null) {
			out.comment("", out.texts().get("draft.comment.no-ratio"));
			return;
		}
		out.quote("", r.ratio.quote());
		out.line("", "ratio:");
		out.line("  ", "label: " + DraftOut.string(out.texts().get("draft.ratio.label")));
		out.line("  ", "left: residents");
		out.line("  ", "right: soldiers");
		out.line("  ", "at-least: \"" + r.ratio.left() + ":" + r.ratio.right() + "\"");
	}

}
