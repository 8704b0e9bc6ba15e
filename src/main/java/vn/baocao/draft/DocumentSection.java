package vn.baocao.draft;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code document} section (issuer, form, place, signer, recipients), written as
 * comments: the campaign loader of this version does not read it yet. When it does
 * (CONTRACT "Official documents and photos"), set {@link #COMMENTED} to false and the
 * draft carries it as YAML.
 */
final class DocumentSection implements DraftSection {

	static final boolean COMMENTED = true;

	@Override
	public void write(PlanReading r, DraftOut out) {
		DocumentReader.Facts d = r.document;
		if (d == null) {
			return;
		}
		String prefix = COMMENTED ? "# " : "";
		out.comment("", out.texts().get(COMMENTED ? "draft.comment.document.later" : "draft.comment.document"));
		out.quote("", d.formQuote());
		d.issuerQuotes().stream().filter(q -> !q.equals(d.formQuote())).forEach(q -> out.quote("", q));
		out.line("", prefix + "document:");
		out.line("", prefix + "  form: " + d.form());
		if (!d.issuer().isEmpty()) {
			out.line("", prefix + "  issuer: " + list(d.issuer()));
		}
		if (r.place != null) {
			out.quote("", r.place.quote());
			out.line("", prefix + "  place: " + DraftOut.string(r.place.value()));
		}
		if (r.signer != null) {
			out.quote("", r.signer.quote());
			String title = d.signerTitle() == null ? "" : "title: " + DraftOut.string(d.signerTitle()) + ", ";
			out.line("", prefix + "  signer: { " + title + "name: " + DraftOut.string(r.signer.value()) + " }");
		}
		if (!d.recipients().isEmpty()) {
			out.quote("", d.recipientsQuote());
			out.line("", prefix + "  recipients: " + list(d.recipients()));
		}
	}

	private static String list(List<String> values) {
		return values.stream().map(DraftOut::string).collect(Collectors.joining(", ", "[", "]"));
	}

}
