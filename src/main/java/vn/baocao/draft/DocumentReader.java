package vn.baocao.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the official report will need from the plan's layout: the issuing body (the
 * upper-case lines at the top left) and the level above it, the form (party or state, by
 * the line at the top right, else by the asterisk under the issuer or by the issuer's own
 * name), the number's symbol, the signer with their title lines, the recipients ("Nơi
 * nhận:") and the plan's word on commendation.
 */
final class DocumentReader {

	private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

	private static final List<String> STATE = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");

	/** The first issuer lines a party or a state body writes. */
	private static final Pattern PARTY_BODY = Pattern
		.compile("^(?:dang (?:uy|bo)|huyen uy|tinh uy|thanh uy|quan uy)\\b.*");

	private static final Pattern STATE_BODY = Pattern.compile("^(?:uy ban nhan dan|ubnd)\\b.*");

	/**
	 * A level above the commune's body: "HUYỆN ỦY CHÂU THÀNH", "ĐẢNG BỘ HUYỆN …", "UBND
	 * HUYỆN …".
	 */
	private static final Pattern SUPERIOR = Pattern.compile(
			"^(?:(?:huyen|tinh|thanh|quan) uy|dang bo (?:huyen|tinh|thanh pho|quan)|(?:ubnd|uy ban nhan dan) (?:huyen|tinh|thanh pho|quan))\\b.*");

	private static final Pattern COLUMNS = Pattern.compile("[\\s\\u00A0]{3,}|\\t");

	private static final Pattern NOT_ISSUER = Pattern
		.compile("^(?:\\*|SỐ\\b|KẾ\\s+HOẠCH|ĐỘC\\s+LẬP|CỘNG\\s+HÒA|CỘNG\\s+HOÀ|ĐẢNG\\s+CỘNG\\s+SẢN).*");

	/** "Số -KH/BCĐ", "Số: 05/KH-BCĐ": the digits (if any) and the symbol. */
	private static final Pattern NUMBER = Pattern
		.compile("^\\s*số\\s*:?\\s*(?<digits>\\d*)\\s*(?<symbol>[-/][\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)*)");

	private static final Pattern ON_BEHALF = Pattern.compile("^(?:t/m|tm\\.?|thay mặt)\\s.*");

	private static final List<Pattern> COMMENDATION = List.of(Pattern.compile("xet de nghi khen thuong"),
			Pattern.compile("de nghi khen thuong"), Pattern.compile("khen thuong"));

	/**
	 * The document facts found, each with the line it came from; null where the plan has
	 * none.
	 */
	record Facts(@Nullable Found<String> form, List<String> issuer, List<Quote> issuerQuotes,
			@Nullable Found<String> superior, @Nullable Found<String> number, @Nullable Found<String> onBehalf,
			List<String> signerTitle, List<Quote> signerTitleQuotes, List<String> recipients,
			@Nullable Quote recipientsQuote, @Nullable Quote commendation) {
	}

	void read(PlanReading reading) {
		PlanText plan = reading.plan;
		Found<String> form = motto(plan);
		int top = form != null ? form.quote().line() : titleLine(plan);
		List<String> issuer = new ArrayList<>();
		List<Quote> quotes = new ArrayList<>();
		Found<String> superior = null;
		int lastIssuer = 0;
		int from = form != null ? Math.max(1, top - 8) : 1;
		for (int n = from; n <= Math.min(plan.size(), top + 8); n++) {
			if (n > top && Fold.folded(plan.line(n)).strip().startsWith("ke hoach") || form == null && n >= top) {
				break;
			}
			Quote left = leftColumn(plan, n);
			String text = Fold.spaces(left.text());
			if (text.isEmpty() || !text.equals(text.toUpperCase(Locale.ROOT)) || !text.matches(".*\\p{Lu}.*")
					|| NOT_ISSUER.matcher(text).matches()) {
				continue;
			}
			if (issuer.isEmpty() && superior == null && SUPERIOR.matcher(Fold.folded(text)).matches()) {
				superior = new Found<>(text, left);
				lastIssuer = n;
				continue;
			}
			if (issuer.size() < 2) {
				issuer.add(text);
			}
			else {
				issuer.set(1, issuer.get(1) + " " + text);
			}
			quotes.add(left);
			lastIssuer = n;
		}
		if (!issuer.isEmpty() && form == null) {
			form = formOfIssuer(plan, issuer.get(0), quotes.get(0), lastIssuer);
		}
		if (form == null && issuer.isEmpty()) {
			return;
		}
		List<Quote> titleQuotes = signerTitle(reading);
		Found<String> onBehalf = null;
		List<String> title = new ArrayList<>();
		for (Quote q : titleQuotes) {
			String line = Fold.spaces(q.text());
			if (title.isEmpty() && onBehalf == null && ON_BEHALF.matcher(Fold.lower(line)).matches()) {
				onBehalf = new Found<>(line, q);
			}
			else {
				title.add(line);
			}
		}
		List<String> recipients = new ArrayList<>();
		Quote recipientsQuote = recipients(plan, recipients);
		reading.document = new Facts(form, issuer, quotes, superior, number(plan, top), onBehalf, title, titleQuotes,
				List.copyOf(recipients), recipientsQuote, commendation(plan));
	}

	private static @Nullable Found<String> motto(PlanText plan) {
		for (int n = 1; n <= plan.size(); n++) {
			String upper = plan.line(n).toUpperCase(Locale.ROOT);
			int at = upper.indexOf(PARTY);
			if (at >= 0) {
				return new Found<>("party", Quote.of(plan, n, at, at + PARTY.length()));
			}
			for (String name : STATE) {
				at = upper.indexOf(name);
				if (at >= 0) {
					return new Found<>("state", Quote.of(plan, n, at, at + name.length()));
				}
			}
		}
		return null;
	}

	/** The "KẾ HOẠCH" line: the heading's issuer lines are above it. */
	private static int titleLine(PlanText plan) {
		for (int n = 1; n <= plan.size(); n++) {
			if (Fold.folded(plan.line(n)).strip().startsWith("ke hoach")) {
				return n;
			}
		}
		return Math.min(plan.size(), 10);
	}

	/**
	 * No national name nor party line: the asterisk under the issuer is the party's form,
	 * and so is an issuer that is a party committee; a people's committee is the state's.
	 */
	private static @Nullable Found<String> formOfIssuer(PlanText plan, String first, Quote firstQuote, int last) {
		for (int n = last + 1; n <= Math.min(plan.size(), last + 3); n++) {
			if (Fold.spaces(plan.line(n)).equals("*")) {
				return new Found<>("party", Quote.wholeLine(plan, n));
			}
		}
		String folded = Fold.folded(first);
		if (PARTY_BODY.matcher(folded).matches()) {
			return new Found<>("party", firstQuote);
		}
		if (STATE_BODY.matcher(folded).matches()) {
			return new Found<>("state", firstQuote);
		}
		return null;
	}

	/**
	 * The plan's symbol as the report's: no digits (the report gets its own number when
	 * it is issued) and "BC" (báo cáo) for "KH" (kế hoạch).
	 */
	private static @Nullable Found<String> number(PlanText plan, int top) {
		for (int n = 1; n <= Math.min(plan.size(), top + 12); n++) {
			Matcher m = NUMBER.matcher(Fold.lower(plan.line(n)));
			if (m.find()) {
				String line = plan.line(n);
				String symbol = line.substring(m.start("symbol"), m.end("symbol"));
				String report = symbol.replaceAll("(?<=^[-/]|[-/])KH(?=$|[-/])", "BC");
				return new Found<>(report, Quote.of(plan, n, m.start(), m.end()));
			}
		}
		return null;
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

	/** The upper-case lines (and "kiêm") just above the signer's name, top first. */
	private static List<Quote> signerTitle(PlanReading reading) {
		List<Quote> title = new ArrayList<>();
		if (reading.signer == null) {
			return title;
		}
		for (int n = reading.signer.quote().line() - 1; n >= 1 && title.size() < 5; n--) {
			String line = Fold.spaces(reading.plan.line(n));
			if (line.isEmpty()) {
				continue;
			}
			if (!line.equals("kiêm") && !line.equals(line.toUpperCase(Locale.ROOT))) {
				break;
			}
			title.add(0, Quote.wholeLine(reading.plan, n));
		}
		return title;
	}

	private static @Nullable Quote recipients(PlanText plan, List<String> recipients) {
		for (int n = 1; n <= plan.size(); n++) {
			if (!Fold.folded(plan.line(n)).strip().startsWith("noi nhan")) {
				continue;
			}
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
			return Quote.wholeLine(plan, n);
		}
		return null;
	}

	/** "xét đề nghị khen thưởng": where the plan speaks of commendation. */
	private static @Nullable Quote commendation(PlanText plan) {
		for (Pattern words : COMMENDATION) {
			for (int n = 1; n <= plan.size(); n++) {
				Matcher m = words.matcher(Fold.folded(plan.line(n)));
				if (m.find()) {
					return Quote.of(plan, n, m.start(), m.end());
				}
			}
		}
		return null;
	}

}
