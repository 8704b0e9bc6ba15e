package vn.baocao.channel.zalo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import vn.baocao.messaging.Option;

/**
 * What the Zalo channel remembers per chat (table {@code zalo_chat}): whether it is a
 * group, learnt from the updates, and the options of the last message sent there, so that
 * a typed "2" can be read as the second option. A message without options clears them: a
 * number typed after a question that showed none is an answer, not a choice. (So does any
 * text without options, e.g. a reminder sent mid-report: a "1" typed after it reaches the
 * core as text, which re-asks.)
 */
class ZaloChats {

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Boolean> groups = new ConcurrentHashMap<>();

	ZaloChats(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.json = json;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the chat's kind as an update showed it (written only when it changes). */
	void seen(String chatId, boolean group) {
		if (Boolean.valueOf(group).equals(groups.get(chatId))) {
			return;
		}
		jdbc.sql(
				"""
						INSERT INTO zalo_chat (chat_id, group_chat, updated_at) VALUES (?, ?, ?)
						ON CONFLICT (chat_id) DO UPDATE SET group_chat = excluded.group_chat, updated_at = excluded.updated_at""")
			.params(chatId, group ? 1 : 0, clock.millis())
			.update();
		groups.put(chatId, group);
	}

	boolean isGroup(String chatId) {
		Boolean known = groups.get(chatId);
		if (known != null) {
			return known;
		}
		boolean group = jdbc.sql("SELECT group_chat FROM zalo_chat WHERE chat_id = ?")
			.param(chatId)
			.query(Integer.class)
			.optional()
			.map(flag -> flag == 1)
			.orElse(false);
		groups.put(chatId, group);
		return group;
	}

	/**
	 * Remembers the options the chat was just shown; an empty menu forgets the previous
	 * ones.
	 */
	void shown(String chatId, OptionMenu menu) {
		String json = menu.isEmpty() ? null : write(menu.options());
		jdbc.sql(
				"""
						INSERT INTO zalo_chat (chat_id, options_json, listed_in_text, free_answer, updated_at) VALUES (?, ?, ?, ?, ?)
						ON CONFLICT (chat_id) DO UPDATE SET options_json = excluded.options_json,
						listed_in_text = excluded.listed_in_text, free_answer = excluded.free_answer, updated_at = excluded.updated_at""")
			.params(chatId, json, menu.listedInText(), menu.freeAnswer() ? 1 : 0, clock.millis())
			.update();
	}

	/** The options the chat was last shown, or none. */
	OptionMenu menu(String chatId) {
		Optional<OptionMenu> menu = jdbc.sql(
				"SELECT options_json, listed_in_text, free_answer FROM zalo_chat WHERE chat_id = ? AND options_json IS NOT NULL")
			.param(chatId)
			.query((rs, n) -> new OptionMenu(read(rs.getString("options_json")), rs.getInt("listed_in_text"),
					rs.getInt("free_answer") == 1))
			.optional();
		return menu.orElse(OptionMenu.NONE);
	}

	private String write(List<Option> options) {
		ArrayNode array = json.createArrayNode();
		for (Option option : options) {
			array.addObject().put("label", option.label()).put("payload", option.payload());
		}
		return array.toString();
	}

	private List<Option> read(String stored) {
		List<Option> options = new ArrayList<>();
		for (JsonNode node : json.readTree(stored).values()) {
			options.add(new Option(node.path("label").asString(), node.path("payload").asString()));
		}
		return options;
	}

}
