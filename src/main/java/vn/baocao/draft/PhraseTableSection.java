package vn.baocao.draft;

import java.util.stream.Collectors;

/**
 * The phrase table the targets were read with, as comments, so the officer can check the
 * reading.
 */
final class PhraseTableSection implements DraftSection {

	@Override
	public void write(PlanReading reading, DraftOut out) {
		out.comment("", out.texts().get("draft.comment.phrases"));
		for (Work work : Phrases.TABLE) {
			String field = work.field() == null ? out.texts().get("draft.comment.phrases.none") : work.field();
			String units = work.units()
				.stream()
				.sorted()
				.map(u -> out.texts().get("draft.unit." + u.name().toLowerCase(java.util.Locale.ROOT)))
				.collect(Collectors.joining(", "));
			out.comment("",
					out.texts().get("draft.comment.phrases.row", field, String.join(", ", work.phrases()), units));
		}
	}

}
