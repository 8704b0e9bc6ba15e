package vn.baocao.report;

import java.util.List;

/** Why an answer was refused: a text key and its (pre-formatted) arguments. */
public record Problem(String textKey, List<Object> args) {

	public Problem {
		args = List.copyOf(args);
	}

	public static Problem of(String textKey, Object... args) {
		return new Problem(textKey, List.of(args));
	}

}
