package vn.baocao.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the official report will need from the plan's layout: the issuing body (the
 * upper-case lines at the top left), the form (party or state, by the line at the top
 * right), the signer with their title, and the recipients ("Nơi nhận:").
 */
final class DocumentReader {

	private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

	private static final String STATE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	private static final Pattern COLUMNS = Pattern.compile("[\\s\\u00A0]{3,}|\\t");

	private static final Pattern NOT_ISSUER = Pattern
		.compile("^(?:\\*|SỐ\\b|KẾ\\s+HOẠCH|ĐỘC\\s+LẬP|CỘNG\\s+HÒA|CỘNG\\s+HOÀ|ĐẢNG\\s+CỘNG\\s+SẢN).*");

	/** The document facts found, each with the line it came from. */
	record Facts(String form, Quote formQuote, List<String> issuer, List<Quote> issuerQuotes,
			@Nullable String signerTitle, List<String> recipients, @Nullable Quote recipientsQuote) {
	}

	void read(PlanReading reading) {
		PlanText plan = reading.plan;
		Quote motto = null;
		String form = null;
		for (int n = 1; n <= plan.size() && motto == null; n++) {
			String upper = plan.line(n).toUpperCase(Locale.ROOT);
			for (String name : List.of(PARTY, STATE, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")) {
				int at = upper.indexOf(name);
				if (at >= 0 && motto == null) {
					motto = Quote.of(plan, n, at, at + name.length());
					form = name.equals(PARTY) ? "party" : "state";
				}
			}
		}
		if (motto == null) {
			return;
		}
		List<String> issuer = new ArrayList<>();
		List<Quote> quotes = new ArrayList<>();
		int top = motto.line();
		for (int n = Math.max(1, top - 8); n <= Math.min(plan.size(), top + 8); n++) {
			if (n > top && Fold.folded(plan.line(n)).strip().startsWith("ke hoach")) {
				break;
			}
			Quote left = leftColumn(plan, n);
			String text = Fold.spaces(left.text());
			if (text.isEmpty() || !text.equals(text.toUpperCase(Locale.ROOT)) || !text.matches(".*\\p{Lu}.*")
					|| NOT_ISSUER.matcher(text).matches()) {
				continue;
			}
			if (issuer.size() < 2) {
				issuer.add(text);
			}
			else {
				issuer.set(1, issuer.get(1) + " " + text);
			}
			quotes.add(left);
		}
		reading.document = new Facts(form, motto, issuer, quotes, signerTitle(reading), new ArrayList<>(), null);
		recipients(reading);
	}

	/** The text before the first wide gap: the left column of a two-column heading. */
	private static Quote leftColumn(PlanText plan, int n) {
		String line = plan.line(n);
		Matcher gap = COLUMNS.matcher(line);
		int end = line.length();
		while (gap.find()) {
			if (!line.substring(0, gap.start()).isBlank()) {
				end = gap.start();
				break;
			}
		}
		return Quote.of(plan, n, 0, end);
	}

	/** The upper-case lines (and "kiêm") just above the signer's name. */
	private static @Nullable String signerTitle(PlanReading reading) {
		if (reading.signer == null) {
			return null;
		}
		List<String> title = new ArrayList<>();
		for (int n = reading.signer.quote().line() - 1; n >= 1 && title.size() < 4; n--) {
			String line = Fold.spaces(reading.plan.line(n));
			if (line.isEmpty()) {
				continue;
			}
			if (!line.equals("kiêm") && !line.equals(line.toUpperCase(Locale.ROOT))) {
				break;
			}
			title.add(0, line);
		}
		return title.isEmpty() ? null : Fold.spaces(String.join(" ", title));
	}

	private static void recipients(PlanReading reading) {
		PlanText plan = reading.plan;
		for (int n = 1; n <= plan.size(); n++) {
			if (!Fold.folded(plan.line(n)).strip().startsWith("noi nhan")) {
				continue;
			}
			List<String> recipients = reading.document.recipients();
			for (int next = n + 1; next <= plan.size(); next++) {
				String line = Fold.spaces(plan.line(next));
				if (line.isEmpty()) {
					continue;
				}
				if (!line.startsWith("-")) {
					break;
				}
				recipients.add(line.replaceAll("^-\\s*|[,;.]+$", "").strip());
			}
			reading.document = new Facts(reading.document.form(), reading.document.formQuote(),
					reading.document.issuer(), reading.document.issuerQuotes(), reading.document.signerTitle(),
					List.copyOf(recipients), Quote.wholeLine(plan, n));
			return;
		}
	}

}
