package vn.baocao.conversation.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Draft;
import vn.baocao.conversation.Step;
import vn.baocao.report.ValueJson;
import vn.baocao.text.Json;

/**
 * Dialogue state as JSON. Written explicitly (not by reflection) so that renaming a Java
 * field never makes a stored conversation unreadable after an upgrade.
 */
final class DialogStateJson {

	private DialogStateJson() {
	}

	static String write(DialogState state) {
		ObjectNode node = Json.MAPPER.createObjectNode();
		node.put("seq", state.seq());
		if (state instanceof DialogState.Idle) {
			node.put("kind", "idle");
		}
		else if (state instanceof DialogState.ChoosingHamlet choosing) {
			node.put("kind", "choosing");
			node.put("mode", choosing.mode().name());
			ArrayNode hamlets = node.putArray("hamlets");
			choosing.hamlets().forEach(hamlets::add);
		}
		else if (state instanceof DialogState.Filling filling) {
			node.put("kind", "filling");
			node.set("draft", draft(filling.draft()));
		}
		else if (state instanceof DialogState.AwaitingText awaiting) {
			node.put("kind", "awaiting");
			node.put("command", awaiting.command());
			node.put("args", awaiting.args());
		}
		return node.toString();
	}

	static DialogState read(String json) {
		JsonNode node = Json.MAPPER.readTree(json);
		int seq = node.get("seq").asInt();
		return switch (node.get("kind").asString()) {
			case "choosing" -> new DialogState.ChoosingHamlet(Draft.Mode.valueOf(node.get("mode").asString()),
					strings(node.get("hamlets")), seq);
			case "filling" -> new DialogState.Filling(draft(node.get("draft")));
			case "awaiting" ->
				new DialogState.AwaitingText(node.get("command").asString(), node.get("args").asString(), seq);
			default -> new DialogState.Idle(seq);
		};
	}

	private static ObjectNode draft(Draft draft) {
		ObjectNode node = Json.MAPPER.createObjectNode();
		node.put("hamlet", draft.hamlet());
		node.put("day", draft.day().toString());
		node.put("mode", draft.mode().name());
		node.set("answers", ValueJson.toJson(draft.answers()));
		strings(node.putArray("sections"), draft.sections());
		strings(node.putArray("declined"), draft.declined());
		strings(node.putArray("skipped"), draft.skipped());
		node.put("step", step(draft.step()));
		ArrayNode trail = node.putArray("trail");
		draft.trail().forEach(s -> trail.add(step(s)));
		node.put("seq", draft.seq());
		node.put("reviewing", draft.reviewing());
		return node;
	}

	private static Draft draft(JsonNode node) {
		List<Step> trail = new ArrayList<>();
		node.get("trail").forEach(s -> trail.add(step(s.asString())));
		return new Draft(node.get("hamlet").asString(), LocalDate.parse(node.get("day").asString()),
				Draft.Mode.valueOf(node.get("mode").asString()), ValueJson.valuesFrom(node.get("answers")),
				set(node.get("sections")), set(node.get("declined")), set(node.get("skipped")),
				step(node.get("step").asString()), trail, node.get("seq").asInt(), node.get("reviewing").asBoolean());
	}

	/**
	 * Steps as short strings: "menu", "confirm", "pick", "gate:roads", "field:cleared_m".
	 */
	private static String step(Step step) {
		if (step instanceof Step.Field field) {
			return "field:" + field.key();
		}
		if (step instanceof Step.Gate gate) {
			return "gate:" + gate.section();
		}
		if (step instanceof Step.Menu) {
			return "menu";
		}
		return step instanceof Step.Confirm ? "confirm" : "pick";
	}

	private static Step step(String text) {
		if (text.startsWith("field:")) {
			return new Step.Field(text.substring(6));
		}
		if (text.startsWith("gate:")) {
			return new Step.Gate(text.substring(5));
		}
		return switch (text) {
			case "menu" -> new Step.Menu();
			case "confirm" -> new Step.Confirm();
			default -> new Step.PickItem();
		};
	}

	private static void strings(ArrayNode array, Set<String> values) {
		values.forEach(array::add);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	private static Set<String> set(JsonNode array) {
		return new LinkedHashSet<>(strings(array));
	}

}
