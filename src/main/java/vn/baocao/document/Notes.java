package vn.baocao.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.FieldType;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Value;
import vn.baocao.summary.HamletRecord;

/**
 * The difficulties and proposals leads wrote (the text fields of the unit's own template
 * whose key or label says so), per unit in the units' order (hamlets, then
 * organisations), each wording once, from each report's latest revision. "Không", "không
 * có" and the like are not notes.
 */
final class Notes {

	private static final Set<String> NOTHING = Set.of("không", "ko", "k", "không có", "khong", "khong co", "chưa",
			"chưa có", "không có gì", "không có khó khăn", "không có khó khăn, vướng mắc", "0", "-", ".", "no", "none");

	private final Campaign campaign;

	Notes(Campaign campaign) {
		this.campaign = campaign;
	}

	/** The note fields of the template a unit answers. */
	private static List<FieldDef> noteFields(ReportTemplate template) {
		return template.fields().stream().filter(f -> f.type() == FieldType.TEXT).filter(Notes::isNote).toList();
	}

	static boolean isNote(FieldDef field) {
		String key = field.key().toLowerCase(Locale.ROOT);
		String label = field.label().toLowerCase(Texts.VIETNAMESE);
		return key.contains("difficult") || key.contains("proposal") || key.contains("kho_khan")
				|| label.contains("khó khăn") || label.contains("vướng mắc") || label.contains("đề xuất")
				|| label.contains("kiến nghị");
	}

	List<SoKet.UnitNotes> of(List<HamletRecord> units, List<DailyReport> reports) {
		Map<String, List<DailyReport>> byUnit = new LinkedHashMap<>();
		reports.stream()
			.sorted(Comparator.comparing(DailyReport::day))
			.forEach(r -> byUnit.computeIfAbsent(r.hamletCode(), k -> new ArrayList<>()).add(r));
		List<SoKet.UnitNotes> notes = new ArrayList<>();
		for (HamletRecord unit : units) {
			List<FieldDef> fields = noteFields(campaign.templateOf(unit.code()));
			Map<String, String> byKey = new LinkedHashMap<>();
			for (DailyReport report : byUnit.getOrDefault(unit.code(), List.of())) {
				for (FieldDef field : fields) {
					if (report.latest().values().get(field.key()) instanceof Value.Text text) {
						String wording = text.text().strip().replaceAll("\\s+", " ");
						String key = key(wording);
						if (!key.isEmpty() && !NOTHING.contains(key)) {
							byKey.putIfAbsent(key, wording);
						}
					}
				}
			}
			if (!byKey.isEmpty()) {
				notes.add(new SoKet.UnitNotes(unit.name(), List.copyOf(new LinkedHashSet<>(byKey.values()))));
			}
		}
		return notes;
	}

	/** Case, spacing and trailing punctuation do not make two notes different. */
	static String key(String wording) {
		String folded = Normalizer.normalize(wording, Normalizer.Form.NFC).toLowerCase(Texts.VIETNAMESE).strip();
		return folded.replaceAll("[\\s.;,!…]+$", "").replaceAll("\\s+", " ");
	}

}
