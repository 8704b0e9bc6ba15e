package vn.baocao.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.baocao.messaging.Texts;
import vn.baocao.report.ViNumber;

/**
 * The hamlets and the figures of the plan's work programme. A "- Ấp X:" line gives the
 * hamlet and its targets; any other line with figures gives the commune's stated totals,
 * and a list in brackets after a total ({@code 12 căn (ấp Cầu 03 căn, Trại Bí 01 căn…)})
 * or a share ({@code 8 ấp/8 cuộc}) gives the hamlets' part of it.
 */
final class TargetReader {

	/**
	 * Materials named beside money ("Vận động tiền, đất, đá … 46 triệu đồng"): the figure
	 * is then money and materials together, not what the money field counts.
	 */
	private static final Pattern MATERIALS = Pattern
		.compile("(?<![\\p{L}])(?:vật\\s+tư|vật\\s+liệu|đất|đá|cát|sỏi|xi\\s+măng|sắt\\s+thép|gạch)(?![\\p{L}])");

	private final Texts texts;

	TargetReader(Texts texts) {
		this.texts = texts;
	}

	void readHamlets(PlanReading reading) {
		PlanText plan = reading.plan;
		for (int n = 1; n <= plan.size(); n++) {
			HamletNames.Head head = HamletNames.head(plan.line(n));
			if (head == null) {
				continue;
			}
			String key = HamletNames.key(head.name());
			if (reading.hamlet(key).isEmpty()) {
				List<String> codes = reading.hamlets.stream().map(DraftHamlet::code).toList();
				reading.hamlets.add(new DraftHamlet(head.name(), HamletNames.code(head.name(), codes),
						Quote.of(plan, n, 0, head.end())));
			}
		}
	}

	void readTargets(PlanReading reading) {
		for (int n = 1; n <= reading.plan.size(); n++) {
			String line = reading.plan.line(n);
			List<Figure> figures = Figures.in(line);
			if (figures.isEmpty()) {
				continue;
			}
			HamletNames.Head head = HamletNames.head(line);
			DraftHamlet hamlet = head == null ? null : reading.hamlet(HamletNames.key(head.name())).orElseThrow();
			new LineReading(reading, n, line, figures, hamlet, head == null ? 0 : head.end()).read();
		}
	}

	/** The figures of one line. */
	private final class LineReading {

		private final PlanReading reading;

		private final int n;

		private final String line;

		private final List<Figure> figures;

		private final @Nullable DraftHamlet hamlet;

		private final int leadEnd;

		private final int bodyStart;

		private final Set<Integer> consumed = new HashSet<>();

		LineReading(PlanReading reading, int n, String line, List<Figure> figures, @Nullable DraftHamlet hamlet,
				int headEnd) {
			this.reading = reading;
			this.n = n;
			this.line = line;
			this.figures = figures;
			this.hamlet = hamlet;
			int colon = line.indexOf(':');
			boolean lead = hamlet == null && colon > 0 && colon < figures.get(0).start();
			this.leadEnd = lead ? colon : -1;
			this.bodyStart = hamlet != null ? headEnd : (lead ? colon + 1 : 0);
		}

		void read() {
			for (Figure figure : figures) {
				if (figure.start() < bodyStart || consumed.contains(figure.start())) {
					continue;
				}
				int[] clause = Clauses.around(line, bodyStart, figure.start());
				if (figure.perUnit()) {
					checkProduct(figure, clause);
					continue;
				}
				Quote quote = Quote.of(reading.plan, n, clause[0], clause[1]);
				Phrases.Hit hit = Phrases.lastBefore(line, clause[0], figure.start(), figure.unit());
				if (hit == null && leadEnd > 0) {
					hit = Phrases.firstIn(line, 0, leadEnd, figure.unit());
					if (hit != null) {
						quote = Quote.of(reading.plan, n, 0, clause[1]);
					}
				}
				if (hit == null) {
					// "tặng 50 phần quà": the phrase right after the figure.
					hit = Phrases.firstIn(line, figure.end(), clause[1], figure.unit());
				}
				Todo.Place place = hamlet == null ? Todo.TOTALS : new Todo.Hamlet(hamlet.name());
				if (hit == null) {
					reading.todo(place, texts.get("draft.todo.unknown-work", figure.text(line)), quote);
					continue;
				}
				if (hit.work().field() == null) {
					reading.todo(place, texts.get("draft.todo.no-field", hit.phrase(), figure.text(line)), quote);
					continue;
				}
				String field = hit.work().field();
				if (figure.unit() == Unit.MONEY
						&& MATERIALS.matcher(Fold.lower(line.substring(clause[0], clause[1]))).find()) {
					reading.todo(place, texts.get("draft.todo.money-and-materials", figure.text(line), field), quote);
					continue;
				}
				if (hamlet != null) {
					hamlet.addTarget(field, new Target(figure.value(), quote));
				}
				else {
					total(field, figure, quote, clause);
				}
			}
		}

		private void total(String field, Figure figure, Quote quote, int[] clause) {
			Target earlier = reading.totals.get(field);
			if (earlier != null) {
				reading.todo(Todo.TOTALS, texts.get("draft.todo.total-twice", field, figure.text(line),
						reading.plan.lineWord(), earlier.quote().line()), quote);
				return;
			}
			reading.totals.put(field, new Target(figure.value(), quote));
			if (figure.hamlets() > 0) {
				share(field, figure, quote);
			}
			breakdown(field, figure, clause);
		}

		/**
		 * {@code 8 ấp/8 cuộc}: each hamlet's part, when it is a whole share for every
		 * one.
		 */
		private void share(String field, Figure figure, Quote quote) {
			int count = reading.hamlets.size();
			BigDecimal each = figure.hamlets() == count && count > 0
					&& figure.value().remainder(BigDecimal.valueOf(count)).signum() == 0
							? figure.value().divide(BigDecimal.valueOf(count)) : null;
			if (each == null) {
				reading.todo(Todo.TOTALS, texts.get("draft.todo.share", figure.text(line), count), quote);
				return;
			}
			for (DraftHamlet h : reading.hamlets) {
				h.addTarget(field, new Target(each, quote));
			}
		}

		/** {@code (ấp Cầu 03 căn, Trại Bí 01 căn, …)} after a total. */
		private void breakdown(String field, Figure total, int[] clause) {
			int open = line.indexOf('(', total.end());
			int close = open < 0 ? -1 : line.indexOf(')', open);
			if (open < 0 || close < 0 || open > clause[1] + 1) {
				return;
			}
			List<Figure> items = new ArrayList<>(figures.stream()
				.filter(f -> f.start() > open && f.end() <= close && f.unit() == total.unit())
				.toList());
			int itemStart = open + 1;
			for (Figure item : items) {
				consumed.add(item.start());
				Quote quote = Quote.of(reading.plan, n, itemStart, item.end());
				HamletNames.Reference ref = HamletNames.at(line, itemStart, reading.hamlets);
				if (ref == null || !line.substring(ref.end(), item.start()).isBlank()) {
					reading.todo(Todo.TOTALS, texts.get("draft.todo.unknown-hamlet", item.text(line)), quote);
				}
				else {
					ref.hamlet().addTarget(field, new Target(item.value(), quote));
				}
				itemStart = Clauses.nextItem(line, item.end(), close);
			}
		}

		/**
		 * {@code 25 phần quà, mỗi phần 500 000đ, trị giá 10.500 000đ}: do the numbers
		 * agree?
		 */
		private void checkProduct(Figure price, int[] clause) {
			Figure count = null;
			Figure value = null;
			for (Figure f : figures) {
				if (f.end() <= price.start() && (f.unit() == Unit.GIFT || f.unit() == Unit.HOUSE)) {
					count = f;
				}
				if (f.start() > price.end() && f.unit() == Unit.MONEY && value == null && !f.perUnit()) {
					value = f;
				}
			}
			if (count == null || value == null) {
				return;
			}
			BigDecimal product = count.value().multiply(price.value());
			if (product.compareTo(value.value()) != 0) {
				reading.todo(Todo.TOTALS,
						texts.get("draft.todo.product", count.text(line), price.text(line),
								ViNumber.format(product, "đ"), value.text(line)),
						Quote.of(reading.plan, n, clause[0], clause[1]));
			}
		}

	}

}
