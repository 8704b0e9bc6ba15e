package vn.baocao.draft;

/**
 * One part of the campaign file draft. The draft is these parts in order
 * ({@link PlanDrafter#sections()}); a new part of the campaign file (organisations, the
 * official document) is a new implementation added there, fed by a reader that fills
 * {@link PlanReading}.
 */
interface DraftSection {

	void write(PlanReading reading, DraftOut out);

}
