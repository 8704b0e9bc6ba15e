package vn.baocao.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.FieldType;
import vn.baocao.messaging.Texts;
import vn.baocao.report.Value;

/**
 * The report's fields as columns, in the order they are asked: a header with the unit,
 * and each answer as the cell type it is (figures as numbers, photos as how many).
 */
final class FieldColumns {

	private final List<FieldDef> fields;

	private final Texts texts;

	FieldColumns(List<FieldDef> fields, Texts texts) {
		this.fields = List.copyOf(fields);
		this.texts = texts;
	}

	List<FieldDef> fields() {
		return fields;
	}

	int size() {
		return fields.size();
	}

	List<String> titles() {
		return fields.stream().map(this::title).toList();
	}

	String title(FieldDef field) {
		if (field.type() == FieldType.PHOTOS) {
			return texts.get("column.with-unit", field.label(), texts.get("unit.photos"));
		}
		String unit = field.unit();
		return unit == null || unit.isBlank() ? field.label() : texts.get("column.with-unit", field.label(), unit);
	}

	/**
	 * Writes the answers from column {@code first} on; fields not answered stay empty.
	 */
	void write(SheetWriter sheet, Row row, int first, Map<String, Value> values, Look look) {
		for (int i = 0; i < fields.size(); i++) {
			FieldDef field = fields.get(i);
			write(sheet, row, first + i, values.get(field.key()), look);
		}
	}

	private void write(SheetWriter sheet, Row row, int column, @Nullable Value value, Look look) {
		if (value instanceof Value.Number number) {
			sheet.number(row, column, number.amount(), look);
		}
		else if (value instanceof Value.Text text) {
			sheet.longText(row, column, text.text(), look);
		}
		else if (value instanceof Value.YesNo yesNo) {
			sheet.text(row, column, texts.get(yesNo.yes() ? "value.yes" : "value.no"), look);
		}
		else if (value instanceof Value.Choice choice) {
			sheet.text(row, column, choice.option(), look);
		}
		else if (value instanceof Value.Photos photos) {
			sheet.number(row, column, BigDecimal.valueOf(photos.refs().size()), look);
		}
		else {
			sheet.text(row, column, null, look);
		}
	}

}
