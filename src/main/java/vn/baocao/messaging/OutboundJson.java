package vn.baocao.messaging;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.baocao.campaign.Channel;
import vn.baocao.text.Json;

/** Outbound messages as stored in the outbox and the local transcript. */
public final class OutboundJson {

	private OutboundJson() {
	}

	public static String write(Outbound message) {
		ObjectNode node = Json.MAPPER.createObjectNode();
		node.put("channel", message.channel().key());
		node.put("chatId", message.chatId());
		node.put("text", message.text());
		ArrayNode options = node.putArray("options");
		for (Option option : message.options()) {
			options.addObject().put("label", option.label()).put("payload", option.payload());
		}
		Attachment attachment = message.attachment();
		if (attachment != null) {
			node.putObject("attachment")
				.put("name", attachment.name())
				.put("id", attachment.id())
				.put("picture", attachment.picture());
		}
		if (message.freeAnswer()) {
			node.put("freeAnswer", true);
		}
		return node.toString();
	}

	public static Outbound read(String json) {
		JsonNode node = Json.MAPPER.readTree(json);
		List<Option> options = new ArrayList<>();
		node.get("options")
			.forEach(o -> options.add(new Option(o.get("label").asString(), o.get("payload").asString())));
		JsonNode a = node.get("attachment");
		Attachment attachment = a == null || a.isNull() ? null
				: new Attachment(a.get("name").asString(), a.get("id").asString(), a.get("picture").asBoolean());
		boolean freeAnswer = node.has("freeAnswer") && node.get("freeAnswer").asBoolean();
		return new Outbound(Channel.fromKey(node.get("channel").asString()).orElseThrow(),
				node.get("chatId").asString(), node.get("text").asString(), options, attachment, freeAnswer);
	}

}
