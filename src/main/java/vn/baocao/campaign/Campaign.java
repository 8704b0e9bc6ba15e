package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A whole campaign as its file describes it; immutable once loaded and validated.
 * {@code summaryFiles}: whether the summaries (daily and final) come with their chart and
 * workbook.
 *
 * <p>
 * The reporting units are the {@code hamlets} and the {@code organisations} (see
 * {@link Unit}); {@link #units()} lists both, hamlets first. {@code report} is the
 * default template (the hamlets'); {@code templates} are the named
 * {@code report-templates} organisations may use. {@code review}: whether each report
 * waits for a supervisor's or an admin's acceptance. {@code document}: the layout and
 * signature of the written report upward.
 */
public record Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
		List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals,
		Notifications notifications, boolean summaryFiles, List<Organisation> organisations,
		Map<String, ReportTemplate> templates, boolean review, DocumentSettings document) {

	public Campaign {
		hamlets = List.copyOf(hamlets);
		statedTotals = Map.copyOf(statedTotals);
		organisations = List.copyOf(organisations);
		templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
	}

	/** A campaign whose file has no {@code document} section. */
	public Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
			List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals,
			Notifications notifications, boolean summaryFiles, List<Organisation> organisations,
			Map<String, ReportTemplate> templates, boolean review) {
		this(id, name, schedule, committee, admins, hamlets, report, ratio, statedTotals, notifications, summaryFiles,
				organisations, templates, review, DocumentSettings.defaults());
	}

	/** A campaign of hamlets only with its {@code document} section. */
	public Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
			List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals,
			Notifications notifications, boolean summaryFiles, DocumentSettings document) {
		this(id, name, schedule, committee, admins, hamlets, report, ratio, statedTotals, notifications, summaryFiles,
				List.of(), Map.of(), true, document);
	}

	/** A campaign of hamlets only, as files without organisations describe it. */
	public Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
			List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals,
			Notifications notifications, boolean summaryFiles) {
		this(id, name, schedule, committee, admins, hamlets, report, ratio, statedTotals, notifications, summaryFiles,
				List.of(), Map.of(), true);
	}

	/**
	 * A campaign whose file has no {@code notifications} section and no summary-files
	 * switch.
	 */
	public Campaign(String id, String name, Schedule schedule, Committee committee, ChannelIds admins,
			List<Hamlet> hamlets, ReportTemplate report, @Nullable Ratio ratio, Map<String, BigDecimal> statedTotals) {
		this(id, name, schedule, committee, admins, hamlets, report, ratio, statedTotals, Notifications.defaults(),
				true);
	}

	/** A hamlet (only) by its code; see {@link #unit(String)} for any unit. */
	public Optional<Hamlet> hamlet(String code) {
		return hamlets.stream().filter(h -> h.code().equals(code)).findFirst();
	}

	/** Every reporting unit: the hamlets in file order, then the organisations. */
	public List<Unit> units() {
		return Stream.concat(hamlets.stream(), organisations.stream()).map(Unit.class::cast).toList();
	}

	public Optional<Unit> unit(String code) {
		return units().stream().filter(u -> u.code().equals(code)).findFirst();
	}

	public boolean hasOrganisations() {
		return !organisations.isEmpty();
	}

	/** Every template by key, {@code report} first. */
	public Map<String, ReportTemplate> allTemplates() {
		Map<String, ReportTemplate> all = new LinkedHashMap<>();
		all.put(Unit.DEFAULT_TEMPLATE, report);
		all.putAll(templates);
		return all;
	}

	/** The template a unit answers. */
	public ReportTemplate templateOf(Unit unit) {
		return template(unit.template());
	}

	/** The template of the unit with this code; the default one for an unknown code. */
	public ReportTemplate templateOf(String unitCode) {
		return unit(unitCode).map(this::templateOf).orElse(report);
	}

	public ReportTemplate template(String key) {
		return Unit.DEFAULT_TEMPLATE.equals(key) ? report : templates.getOrDefault(key, report);
	}

	/**
	 * The numeric fields of every template, each key once (the first template defining it
	 * gives its label and unit), the default template's first: a key shared by several
	 * templates is one figure totalled across them.
	 */
	public List<FieldDef> numericFields() {
		Map<String, FieldDef> byKey = new LinkedHashMap<>();
		for (ReportTemplate template : allTemplates().values()) {
			template.numericFields().forEach(f -> byKey.putIfAbsent(f.key(), f));
		}
		return new ArrayList<>(byKey.values());
	}

	/** A field by key in any template, the default template's first. */
	public Optional<FieldDef> field(String key) {
		return allTemplates().values().stream().flatMap(t -> t.field(key).stream()).findFirst();
	}

	public Optional<Ratio> ratioCheck() {
		return Optional.ofNullable(ratio);
	}

}
