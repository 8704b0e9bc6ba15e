package vn.baocao.bench;

import java.util.Locale;

/** One line of docs/PERFORMANCE.md's table. */
record Row(String measure, String result, String goal, String met) {

	static Row of(String measure, String result, String goal, boolean met) {
		return new Row(measure, result, goal, met ? "yes" : "NO");
	}

	static Row info(String measure, String result) {
		return new Row(measure, result, "–", "–");
	}

	void print() {
		System.out.println("| " + measure + " | " + result + " | " + goal + " | " + met + " |");
	}

	static String ms(double nanos) {
		return String.format(Locale.ROOT, "%.2f ms", nanos / 1_000_000.0);
	}

}
