package vn.baocao.draft;

import java.util.List;
import java.util.Map;

/**
 * {@code stated-totals:}: the commune's totals as the plan writes them, even where they
 * disagree with the hamlets' targets; {@code --check-config} then shows where they do.
 */
final class TotalsSection implements DraftSection {

	private static final String IN = "  ";

	private final List<String> fieldOrder;

	TotalsSection(List<String> fieldOrder) {
		this.fieldOrder = List.copyOf(fieldOrder);
	}

	@Override
	public void write(PlanReading r, DraftOut out) {
		List<Todo> todos = r.todos(Todo.TOTALS);
		if (r.totals.isEmpty()) {
			out.comment("", out.texts().get("draft.comment.no-totals"));
			out.todos("", todos);
			return;
		}
		out.comment("", out.texts().get("draft.comment.totals"));
		out.line("", "stated-totals:");
		out.todos(IN, todos);
		for (String field : fieldOrder) {
			Target total = r.totals.get(field);
			if (total != null) {
				out.quote(IN, total.quote());
				out.line(IN, field + ": " + total.value().toPlainString());
			}
		}
		for (Map.Entry<String, Target> e : r.totals.entrySet()) {
			if (!fieldOrder.contains(e.getKey())) {
				throw new IllegalStateException("no report field " + e.getKey());
			}
		}
	}

}
