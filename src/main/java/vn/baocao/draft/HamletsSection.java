package vn.baocao.draft;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code hamlets:}: each hamlet with the line it was read from, its targets (a sum when
 * the plan gives several figures for one field, each figure quoted) and its supervisors.
 */
final class HamletsSection implements DraftSection {

	private static final String ITEM = "  ";

	private static final String IN = "    ";

	private static final String TARGET = "      ";

	private final List<String> fieldOrder;

	HamletsSection(List<String> fieldOrder) {
		this.fieldOrder = List.copyOf(fieldOrder);
	}

	@Override
	public void write(PlanReading r, DraftOut out) {
		out.comment("", out.texts().get("draft.comment.hamlets"));
		out.line("", "hamlets:");
		for (DraftHamlet h : r.hamlets) {
			out.line(ITEM, "- code: " + h.code());
			out.quote(IN, h.line());
			out.line(IN, "name: " + DraftOut.string(h.name()));
			out.todos(IN, r.todos(new Todo.Hamlet(h.name())));
			targets(h, out);
			supervisors(h, out);
		}
	}

	private void targets(DraftHamlet h, DraftOut out) {
		if (h.targets().isEmpty()) {
			out.line(IN, "targets: {}");
			return;
		}
		out.line(IN, "targets:");
		for (String field : fieldOrder) {
			List<Target> figures = h.targets().get(field);
			if (figures == null) {
				continue;
			}
			figures.forEach(t -> out.quote(TARGET, t.quote()));
			BigDecimal sum = h.target(field);
			String note = figures.size() > 1 ? "   # " + out.texts().get("draft.comment.target-sum") : "";
			out.line(TARGET, field + ": " + sum.toPlainString() + note);
		}
	}

	private void supervisors(DraftHamlet h, DraftOut out) {
		if (h.supervisors().isEmpty()) {
			out.todo(IN, new Todo(new Todo.Hamlet(h.name()), out.texts().get("draft.todo.no-supervisor"), h.line()));
			return;
		}
		out.line(IN, "supervisors:");
		for (DraftHamlet.Supervisor s : h.supervisors()) {
			out.quote(TARGET, s.who());
			if (!s.where().equals(s.who())) {
				out.quote(TARGET, s.where());
			}
			out.line(TARGET, "- { name: " + DraftOut.string(s.name()) + " }");
		}
	}

}
