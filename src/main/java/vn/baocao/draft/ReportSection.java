package vn.baocao.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report:}: the shipped campaign's report template, as it is in
 * {@code config/campaign.yml} (a test keeps the two the same), so a drafted campaign asks
 * what the seed campaign asks and the targets have fields to go to.
 */
final class ReportSection implements DraftSection {

	private static final String RESOURCE = "report-template.yml";

	private static final Pattern KEY = Pattern.compile("^    - key: ([a-z][a-z0-9_]*)", Pattern.MULTILINE);

	private final String template;

	ReportSection() {
		try (InputStream in = ReportSection.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The template's field keys, in the order asked. */
	List<String> fieldKeys() {
		List<String> keys = new ArrayList<>();
		int sections = template.indexOf("\n  sections:");
		Matcher m = KEY.matcher(sections < 0 ? template : template.substring(0, sections));
		while (m.find()) {
			keys.add(m.group(1));
		}
		return keys;
	}

	@Override
	public void write(PlanReading reading, DraftOut out) {
		out.comment("", out.texts().get("draft.comment.report"));
		for (String line : template.strip().split("\n")) {
			out.line("", line);
		}
	}

}
