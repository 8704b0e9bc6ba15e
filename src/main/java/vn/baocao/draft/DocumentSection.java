package vn.baocao.draft;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code document:}: the written report upward (CONTRACT "Official documents and photos")
 * laid out as the plan itself is: its form, issuer and the level above it, the number's
 * symbol made a report's, the place, the signer with their title lines, the recipients.
 * What the plan's layout does not show is a TODO at its place (the loader's default then
 * applies).
 */
final class DocumentSection implements DraftSection {

	private static final String IN = "  ";

	private static final String SIGNER = "    ";

	@Override
	public void write(PlanReading r, DraftOut out) {
		DocumentReader.Facts d = r.document;
		if (d == null) {
			out.comment("", out.texts().get("draft.comment.no-document"));
			out.todo("", new Todo(Todo.DOCUMENT, out.texts().get("draft.todo.document.none"), null));
			return;
		}
		out.comment("", out.texts().get("draft.comment.document"));
		out.line("", "document:");
		if (d.form() != null) {
			out.quote(IN, d.form().quote());
			out.line(IN, "form: " + d.form().value());
		}
		else {
			todo(out, "draft.todo.document.no-form");
		}
		if (!d.issuer().isEmpty()) {
			d.issuerQuotes().forEach(q -> out.quote(IN, q));
			out.line(IN, "issuer: " + list(d.issuer()));
		}
		else {
			todo(out, "draft.todo.document.no-issuer");
		}
		if (d.superior() != null) {
			out.quote(IN, d.superior().quote());
			out.line(IN, "superior: " + DraftOut.string(d.superior().value()));
		}
		else {
			out.comment(IN, out.texts().get("draft.comment.document.no-superior"));
		}
		if (d.number() != null) {
			out.quote(IN, d.number().quote());
			out.line(IN, "number: " + DraftOut.string(d.number().value()) + "   # "
					+ out.texts().get("draft.comment.document.number"));
		}
		else {
			todo(out, "draft.todo.document.no-number");
		}
		if (r.place != null) {
			out.quote(IN, r.place.quote());
			out.line(IN, "place: " + DraftOut.string(r.place.value()));
		}
		else {
			todo(out, "draft.todo.document.no-place");
		}
		signer(r, d, out);
		if (!d.recipients().isEmpty()) {
			out.quote(IN, d.recipientsQuote());
			out.line(IN, "recipients:");
			d.recipients().forEach(v -> out.line(SIGNER, "- " + DraftOut.string(v)));
		}
		else {
			todo(out, "draft.todo.document.no-recipients");
		}
		out.quote(IN, d.commendation());
		out.comment(IN, out.texts().get("draft.comment.document.commendation"));
		out.line(IN, "commendation: { all-targets-met: true, no-missing-day: true }");
	}

	private static void signer(PlanReading r, DocumentReader.Facts d, DraftOut out) {
		if (r.signer == null) {
			todo(out, "draft.todo.document.no-signer");
			return;
		}
		out.line(IN, "signer:");
		if (d.onBehalf() != null) {
			out.quote(SIGNER, d.onBehalf().quote());
			out.line(SIGNER, "on-behalf: " + DraftOut.string(d.onBehalf().value()));
		}
		else {
			out.line(SIGNER, "on-behalf: \"\"   # " + out.texts().get("draft.comment.document.no-on-behalf"));
		}
		if (!d.signerTitle().isEmpty()) {
			d.signerTitleQuotes().forEach(q -> out.quote(SIGNER, q));
			out.line(SIGNER, "title: " + list(d.signerTitle()));
		}
		else {
			out.todo(SIGNER,
					new Todo(Todo.DOCUMENT, out.texts().get("draft.todo.document.no-title"), r.signer.quote()));
		}
		out.quote(SIGNER, r.signer.quote());
		out.line(SIGNER, "name: " + DraftOut.string(r.signer.value()));
	}

	private static void todo(DraftOut out, String key) {
		out.todo(IN, new Todo(Todo.DOCUMENT, out.texts().get(key), null));
	}

	private static String list(List<String> values) {
		return values.stream().map(DraftOut::string).collect(Collectors.joining(", ", "[", "]"));
	}

}
