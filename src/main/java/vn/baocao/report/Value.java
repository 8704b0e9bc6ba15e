package vn.baocao.report;

import java.math.BigDecimal;
import java.util.List;

/** An answer to one report field. */
public sealed interface Value {

	record Number(BigDecimal amount) implements Value {
	}

	record Text(String text) implements Value {
	}

	record YesNo(boolean yes) implements Value {
	}

	record Choice(String option) implements Value {
	}

	/** Photos as channel file references ("telegram:AgAC…"), in the order sent. */
	record Photos(List<String> refs) implements Value {

		public Photos {
			refs = List.copyOf(refs);
		}

	}

}
