package vn.baocao.draft;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.baocao.messaging.Texts;

/**
 * The draft as it is being written: YAML lines, the quote comments above values, and the
 * TODO comments, which are also collected for standard error. A quote comment is always
 * one line of its own, {@code # dòng 95: "…"}, so that a reader (or a test) finds the
 * quoted words between its first and last double quote.
 */
final class DraftOut {

	private final StringBuilder yaml = new StringBuilder();

	private final List<String> problems = new ArrayList<>();

	private final Texts texts;

	private final PlanText plan;

	DraftOut(Texts texts, PlanText plan) {
		this.texts = texts;
		this.plan = plan;
	}

	Texts texts() {
		return texts;
	}

	void line(String indent, String text) {
		yaml.append(indent).append(text).append('\n');
	}

	void blank() {
		yaml.append('\n');
	}

	void comment(String indent, String text) {
		line(indent, "# " + text);
	}

	void quote(String indent, @Nullable Quote quote) {
		if (quote != null) {
			comment(indent,
					texts.get("draft.comment.quote", plan.lineWord(), String.valueOf(quote.line()), quote.text()));
		}
	}

	void todo(String indent, Todo todo) {
		Quote quote = todo.quote();
		String where = quote == null ? texts.get("draft.todo.where-none")
				: texts.get("draft.todo.where", plan.lineWord(), String.valueOf(quote.line()));
		String text = "TODO " + where + ": " + todo.reason() + (quote == null ? "" : ": \"" + quote.text() + "\"");
		comment(indent, text);
		problems.add(text);
	}

	void todos(String indent, List<Todo> todos) {
		todos.forEach(t -> todo(indent, t));
	}

	String yaml() {
		return yaml.toString();
	}

	/** The TODOs, in the order written: one line each for standard error. */
	List<String> problems() {
		return List.copyOf(problems);
	}

	/** A YAML double-quoted scalar. */
	static String string(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
