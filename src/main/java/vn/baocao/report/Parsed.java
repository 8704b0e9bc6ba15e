package vn.baocao.report;

/** The outcome of reading one typed answer: a value, or the reason it was refused. */
public sealed interface Parsed {

	record Ok(Value value) implements Parsed {
	}

	record Refused(Problem problem) implements Parsed {
	}

}
