package vn.baocao.draft;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which of the shipped campaign's {@code report-templates} a unit's name points to: the
 * words of its name (without diacritics) and the template whose questions fit its duties.
 * The first row whose words are in the name wins; a name no row knows gets the default
 * template and a TODO. The draft writes this table out in a comment.
 */
final class OrganisationTemplates {

	/** A template chosen and the words of the name that chose it. */
	record Choice(String template, String words) {
	}

	private record Row(String template, List<String> words) {
	}

	private static final List<Row> ROWS = List.of(
			new Row("llvt", List.of("quan su", "cong an", "dan quan", "bo doi bien phong")),
			new Row("chuthapdo", List.of("chu thap do")), new Row("yte", List.of("y te", "benh vien")),
			new Row("thanhnien", List.of("xa doan", "doan thanh nien", "thanh nien", "phuong doan")),
			new Row("truonghoc",
					List.of("truong hoc", "truong tieu hoc", "truong trung hoc", "truong thcs", "truong mam non",
							"truong mau giao")),
			new Row("chinhsach", List.of("thuong binh", "chinh sach")),
			new Row("doanthe",
					List.of("mat tran", "mttq", "cuu chien binh", "phu nu", "nong dan", "cong doan", "nguoi cao tuoi",
							"hoi ")),
			new Row("tuyentruyen",
					List.of("tuyen giao", "dan van", "van hoa", "thong tin", "tu phap", "truyen thanh")));

	private OrganisationTemplates() {
	}

	static @Nullable Choice of(String name) {
		String folded = " " + Fold.folded(Fold.spaces(name)).replaceAll("[^a-z0-9]+", " ").strip() + " ";
		for (Row row : ROWS) {
			for (String words : row.words()) {
				if (folded.contains(" " + words + (words.endsWith(" ") ? "" : " "))) {
					return new Choice(row.template(), words.strip());
				}
			}
		}
		return null;
	}

	/** The table's rows as "template: words, words", for the draft's comment. */
	static List<String> rows() {
		return ROWS.stream()
			.map(r -> r.template() + ": " + String.join(", ", r.words().stream().map(String::strip).toList()))
			.toList();
	}

	static List<String> templates() {
		return ROWS.stream().map(Row::template).distinct().toList();
	}

}
