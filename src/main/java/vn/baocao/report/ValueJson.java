package vn.baocao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.baocao.text.Json;

/**
 * Answer values as JSON, each tagged with its kind: {@code {"n":"1330"}},
 * {@code {"s":"..."}}, {@code {"b":true}}, {@code {"c":"..."}}, {@code {"p":["..."]}}.
 * Numbers are strings so no precision is lost on the way.
 */
public final class ValueJson {

	private ValueJson() {
	}

	public static ObjectNode toJson(Map<String, Value> values) {
		ObjectNode node = Json.MAPPER.createObjectNode();
		values.forEach((key, value) -> node.set(key, toJson(value)));
		return node;
	}

	public static ObjectNode toJson(Value value) {
		ObjectNode node = Json.MAPPER.createObjectNode();
		if (value instanceof Value.Number n) {
			node.put("n", n.amount().toPlainString());
		}
		else if (value instanceof Value.Text t) {
			node.put("s", t.text());
		}
		else if (value instanceof Value.YesNo y) {
			node.put("b", y.yes());
		}
		else if (value instanceof Value.Choice c) {
			node.put("c", c.option());
		}
		else if (value instanceof Value.Photos p) {
			ArrayNode refs = node.putArray("p");
			p.refs().forEach(refs::add);
		}
		return node;
	}

	public static Map<String, Value> valuesFrom(JsonNode node) {
		Map<String, Value> values = new LinkedHashMap<>();
		node.properties().forEach(entry -> values.put(entry.getKey(), valueFrom(entry.getValue())));
		return values;
	}

	public static Map<String, Value> valuesFrom(String json) {
		return valuesFrom(Json.MAPPER.readTree(json));
	}

	public static Value valueFrom(JsonNode node) {
		if (node.has("n")) {
			return new Value.Number(new BigDecimal(node.get("n").asString()));
		}
		if (node.has("s")) {
			return new Value.Text(node.get("s").asString());
		}
		if (node.has("b")) {
			return new Value.YesNo(node.get("b").asBoolean());
		}
		if (node.has("c")) {
			return new Value.Choice(node.get("c").asString());
		}
		List<String> refs = new ArrayList<>();
		node.get("p").forEach(ref -> refs.add(ref.asString()));
		return new Value.Photos(refs);
	}

}
