package vn.baocao.draft;

/** A value read from the plan and the words it was read from. */
record Found<T>(T value, Quote quote) {
}
