package vn.baocao.campaign;

import java.util.List;
import java.util.Optional;

/**
 * The daily report's questions in the order they are asked. With {@code sectionMenu} the
 * sections are offered as one multi-choice question instead of one yes/no gate each.
 */
public record ReportTemplate(List<FieldDef> fields, List<Section> sections, boolean sectionMenu) {

	public ReportTemplate {
		fields = List.copyOf(fields);
		sections = List.copyOf(sections);
	}

	public Optional<FieldDef> field(String key) {
		return fields.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	public Optional<Section> section(String key) {
		return sections.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	public List<FieldDef> fieldsOf(String sectionKey) {
		return fields.stream().filter(f -> sectionKey.equals(f.section())).toList();
	}

	public List<FieldDef> numericFields() {
		return fields.stream().filter(f -> f.type().isNumeric()).toList();
	}

}
