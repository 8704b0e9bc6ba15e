package vn.baocao.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code report-templates:}: the shipped campaign's organisation templates, as they are
 * in {@code config/campaign.yml} (a test keeps the two the same), so that every template
 * {@link OrganisationTemplates} names is there to be chosen.
 */
final class TemplatesSection implements DraftSection {

	private static final String RESOURCE = "report-templates.yml";

	private final String templates;

	TemplatesSection() {
		try (InputStream in = TemplatesSection.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			this.templates = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void write(PlanReading reading, DraftOut out) {
		out.comment("", out.texts().get("draft.comment.templates"));
		for (String line : templates.strip().split("\n")) {
			out.line("", line);
		}
	}

}
