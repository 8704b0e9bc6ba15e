package vn.baocao.draft;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The table of Vietnamese phrases that says which report field of the shipped template a
 * figure in the plan is a target for. A figure belongs to the nearest phrase before it
 * (in its clause) whose work accepts the figure's unit. The draft writes the table out,
 * so the officer sees how it read the plan.
 *
 * <p>
 * Phrases of two words or more match without diacritics too, so typing slips such as
 * {@code dọn vệ sịnh} still match; one-word phrases ({@code quà}, {@code tiền}) must be
 * spelled right, because without diacritics they are other words ({@code qua},
 * {@code tiến}).
 */
final class Phrases {

	static final List<Work> TABLE = List.of(
			new Work("cleared_m", Set.of(Unit.LENGTH),
					List.of("phát quang", "dọn vệ sinh", "vệ sinh", "dọn rác", "dọn dẹp", "dọn hành lang", "phát dọn",
							"chặt tỉa", "dọn cỏ")),
			new Work("lighting_m", Set.of(Unit.LENGTH),
					List.of("thắp sáng", "chiếu sáng", "đèn đường", "điện đường", "bóng đèn")),
			new Work("patched_m", Set.of(Unit.LENGTH), List.of("dặm vá", "vá đường", "sửa chữa đường", "sửa đường")),
			new Work("new_road_m", Set.of(Unit.LENGTH),
					List.of("làm đường", "làm mới", "mở đường", "mở mới", "bê tông hóa", "đổ bê tông", "trải nhựa",
							"nâng cấp đường")),
			new Work("houses_finished", Set.of(Unit.HOUSE),
					List.of("nhà đại đoàn kết", "nhà tình nghĩa", "nhà tình thương", "xây dựng nhà", "xây nhà",
							"sửa chữa nhà", "nhà")),
			new Work("gifts", Set.of(Unit.GIFT), List.of("quà", "tặng quà", "phần quà", "suất quà")),
			new Work("gifts_value_vnd", Set.of(Unit.MONEY), List.of("quà", "tặng quà", "phần quà")),
			new Work("money_vnd", Set.of(Unit.MONEY),
					List.of("kinh phí", "tiền", "vận động", "huy động", "ủng hộ", "đóng góp", "xã hội hóa")),
			new Work("propaganda_sessions", Set.of(Unit.SESSION), List.of("tuyên truyền", "nói chuyện chuyên đề")),
			new Work("culture_events", Set.of(Unit.SESSION),
					List.of("văn nghệ", "văn hóa văn nghệ", "thể thao", "bóng đá", "bóng chuyền", "kéo co")),
			new Work("medical_checkups", Set.of(Unit.VISIT, Unit.SESSION),
					List.of("khám bệnh", "cấp thuốc", "tư vấn sức khỏe", "khám chữa bệnh")),
			new Work(null, Set.of(Unit.LENGTH, Unit.MONEY, Unit.SESSION),
					List.of("nạo vét", "kênh mương", "trồng cây", "cây xanh", "hàng rào", "cắm mốc")));

	/**
	 * One pattern per phrase: a one-word phrase as written (matched in the lower-case
	 * view), a longer one without diacritics (matched in the folded view).
	 */
	private static final java.util.Map<String, java.util.regex.Pattern> PATTERNS = patterns();

	private static java.util.Map<String, java.util.regex.Pattern> patterns() {
		java.util.Map<String, java.util.regex.Pattern> patterns = new java.util.HashMap<>();
		for (Work work : TABLE) {
			for (String phrase : work.phrases()) {
				patterns.put(phrase, Fold.words(phrase.indexOf(' ') < 0 ? phrase : Fold.folded(phrase)));
			}
		}
		return java.util.Map.copyOf(patterns);
	}

	private Phrases() {
	}

	/** A phrase found in a line: the row it belongs to and where it starts and ends. */
	record Hit(Work work, String phrase, int start, int end) {
	}

	/** The last phrase in [from, to) whose work accepts the unit, or null. */
	static @Nullable Hit lastBefore(String line, int from, int to, Unit unit) {
		Hit best = null;
		for (Hit hit : all(line, from, to, unit)) {
			if (best == null || hit.start() > best.start() || (hit.start() == best.start() && hit.end() > best.end())) {
				best = hit;
			}
		}
		return best;
	}

	/** The first phrase in [from, to) whose work accepts the unit, or null. */
	static @Nullable Hit firstIn(String line, int from, int to, Unit unit) {
		Hit best = null;
		for (Hit hit : all(line, from, to, unit)) {
			if (best == null || hit.start() < best.start() || (hit.start() == best.start() && hit.end() > best.end())) {
				best = hit;
			}
		}
		return best;
	}

	private static List<Hit> all(String line, int from, int to, Unit unit) {
		String lower = Fold.lower(line);
		String folded = Fold.folded(line);
		List<Hit> hits = new java.util.ArrayList<>();
		for (Work work : TABLE) {
			if (!work.accepts(unit)) {
				continue;
			}
			for (String phrase : work.phrases()) {
				boolean oneWord = phrase.indexOf(' ') < 0;
				java.util.regex.Matcher m = PATTERNS.get(phrase).matcher(oneWord ? lower : folded);
				m.region(from, to);
				while (m.find()) {
					hits.add(new Hit(work, phrase, m.start(), m.end()));
				}
			}
		}
		return hits;
	}

}
