package vn.baocao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Organisation;
import vn.baocao.campaign.ReportTemplate;
import vn.baocao.campaign.Unit;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Value;
import vn.baocao.summary.Progress;

/**
 * Section I's per-unit tables, one per report template: the hamlets first, then the
 * organisations grouped by the template they answer, in the campaign file's order. Each
 * unit's lines are its targets (planned, done, percent) labelled as its template words
 * them; a unit without targets shows what it reported. With organisations each table ends
 * with its group's sums when the group has more than one unit. Figures from each report's
 * latest revision, as the summary counts them.
 */
final class UnitResults {

	private final Campaign campaign;

	private final Texts texts;

	UnitResults(Campaign campaign, Texts texts) {
		this.campaign = campaign;
		this.texts = texts;
	}

	/**
	 * @param reports the stored reports of the days the document covers
	 */
	List<SoKet.ResultTable> of(List<DailyReport> reports) {
		Map<String, Map<String, BigDecimal>> sums = sums(reports);
		List<SoKet.ResultTable> tables = new ArrayList<>();
		boolean titled = campaign.hasOrganisations();
		if (!campaign.hamlets().isEmpty()) {
			List<Unit> hamlets = List.copyOf(campaign.hamlets());
			tables.add(table(titled ? texts.get("doc.results.hamlets", letter(tables.size())) : null, hamlets,
					campaign.report(), sums, titled));
		}
		Map<String, List<Unit>> byTemplate = new LinkedHashMap<>();
		for (Organisation organisation : campaign.organisations()) {
			byTemplate.computeIfAbsent(organisation.template(), k -> new ArrayList<>()).add(organisation);
		}
		for (Map.Entry<String, List<Unit>> group : byTemplate.entrySet()) {
			String names = String.join(", ", group.getValue().stream().map(Unit::name).toList());
			tables.add(table(texts.get("doc.results.organisations", letter(tables.size()), names), group.getValue(),
					campaign.template(group.getKey()), sums, true));
		}
		return tables;
	}

	private static String letter(int index) {
		return String.valueOf((char) ('a' + index));
	}

	private SoKet.ResultTable table(@Nullable String title, List<Unit> units, ReportTemplate template,
			Map<String, Map<String, BigDecimal>> sums, boolean withSubtotal) {
		List<SoKet.UnitResult> results = new ArrayList<>();
		Map<String, BigDecimal> done = new LinkedHashMap<>();
		Map<String, BigDecimal> planned = new HashMap<>();
		Map<String, FieldDef> shown = new LinkedHashMap<>();
		for (Unit unit : units) {
			Map<String, BigDecimal> own = sums.getOrDefault(unit.code(), Map.of());
			List<Progress> lines = new ArrayList<>();
			boolean hasTargets = !unit.targets().isEmpty();
			for (FieldDef field : fields(template, unit)) {
				if (hasTargets ? unit.targets().containsKey(field.key()) : own.containsKey(field.key())) {
					lines.add(new Progress(field, own.getOrDefault(field.key(), BigDecimal.ZERO),
							unit.targets().get(field.key())));
					shown.putIfAbsent(field.key(), field);
				}
			}
			own.forEach((key, amount) -> done.merge(key, amount, BigDecimal::add));
			unit.targets().forEach((key, target) -> planned.merge(key, target, BigDecimal::add));
			results.add(new SoKet.UnitResult(unit.code(), unit.name(), hasTargets, lines));
		}
		List<Progress> subtotal = new ArrayList<>();
		if (withSubtotal && units.size() > 1) {
			List<FieldDef> ordered = new ArrayList<>(
					template.numericFields().stream().filter(f -> shown.containsKey(f.key())).toList());
			shown.values().stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
			for (FieldDef field : ordered) {
				subtotal.add(
						new Progress(field, done.getOrDefault(field.key(), BigDecimal.ZERO), planned.get(field.key())));
			}
		}
		return new SoKet.ResultTable(title, results, subtotal);
	}

	/**
	 * The template's numeric fields in its order, then any target key the template does
	 * not ask (labelled as the campaign's other templates word it).
	 */
	private List<FieldDef> fields(ReportTemplate template, Unit unit) {
		List<FieldDef> fields = new ArrayList<>(template.numericFields());
		for (String key : unit.targets().keySet()) {
			if (template.field(key).isEmpty()) {
				campaign.field(key).ifPresent(fields::add);
			}
		}
		return fields;
	}

	/** Per unit, per numeric field, the sum of the latest revisions' figures. */
	private Map<String, Map<String, BigDecimal>> sums(List<DailyReport> reports) {
		Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
		for (DailyReport report : reports) {
			Map<String, BigDecimal> own = sums.computeIfAbsent(report.hamletCode(), k -> new LinkedHashMap<>());
			for (Map.Entry<String, Value> value : report.latest().values().entrySet()) {
				if (value.getValue() instanceof Value.Number number) {
					own.merge(value.getKey(), number.amount(), BigDecimal::add);
				}
			}
		}
		return sums;
	}

}
