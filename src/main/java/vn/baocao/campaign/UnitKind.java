package vn.baocao.campaign;

/** The two kinds of reporting unit, in the order summaries and exports list them. */
public enum UnitKind {

	/** An ấp, listed under {@code hamlets}. */
	HAMLET,
	/** A ban ngành or other body, listed under {@code organisations}. */
	ORGANISATION

}
