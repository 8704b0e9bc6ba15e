package vn.baocao.channel.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.baocao.campaign.Channel;
import vn.baocao.channel.LocalChannelSwitch;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.KnownGroups;
import vn.baocao.inbox.InboundProcessor;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.OutboundJson;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;

/**
 * {@code POST /api/local/messages} and {@code GET /api/local/chats/{chatId}} of
 * CONTRACT.md. Who may reach them is decided before they are called, by the web module's
 * security chain (loopback only, or a bearer token); BAOCAO_LOCAL_CHANNEL=off leaves them
 * out.
 */
@RestController
@Conditional(LocalChannelSwitch.class)
@RequestMapping("/api/local")
class LocalController {

	private final JsonMapper json;

	private final InboundProcessor processor;

	private final LocalTranscript transcript;

	private final KnownGroups committee;

	LocalController(InboundProcessor processor, LocalTranscript transcript, KnownGroups committee, JsonMapper json) {
		this.json = json;
		this.processor = processor;
		this.transcript = transcript;
		this.committee = committee;
	}

	/**
	 * What a local user sends: text (or a command), a button payload, or a photo
	 * reference.
	 */
	record Message(@Nullable String chatId, @Nullable String userId, @Nullable String userName,
			@Nullable String username, @Nullable String text, @Nullable String button, @Nullable String photo,
			@Nullable String chatType, @Nullable String updateId) {
	}

	record Reply(String text, List<Option> options, @Nullable FileLink file) {
	}

	record FileLink(String name, String url) {
	}

	@PostMapping("/messages")
	ResponseEntity<?> post(@RequestBody Message message) {
		if (blank(message.chatId()) || blank(message.userId())) {
			return ResponseEntity.badRequest().body(Map.of("error", "chatId và userId là bắt buộc"));
		}
		Inbound.Content content;
		if (!blank(message.button())) {
			content = new Inbound.Button(message.button());
		}
		else if (!blank(message.photo())) {
			content = new Inbound.Photo("local:" + message.photo(), message.text());
		}
		else if (message.text() != null) {
			content = Inbound.parseText(message.text());
		}
		else {
			return ResponseEntity.badRequest().body(Map.of("error", "cần text, button hoặc photo"));
		}
		String chatId = message.chatId();
		boolean group = "group".equalsIgnoreCase(message.chatType())
				|| committee.isCommitteeChat(Channel.LOCAL, chatId);
		ChatUser user = new ChatUser(new UserRef(Channel.LOCAL, message.userId()), message.userName(),
				message.username());
		Inbound in = new Inbound(Channel.LOCAL, chatId, group ? Inbound.ChatKind.GROUP : Inbound.ChatKind.PRIVATE, user,
				content, message.updateId());
		List<Reply> replies = processor
			.process(in, () -> transcript.incoming(chatId, message.userId(), incomingJson(message)))
			.stream()
			.filter(out -> out.channel() == Channel.LOCAL && out.chatId().equals(chatId))
			.map(LocalController::reply)
			.toList();
		return ResponseEntity.ok(replies);
	}

	@GetMapping("/chats/{chatId}")
	List<Map<String, Object>> chat(@PathVariable String chatId, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "" + LocalTranscript.PAGE) int limit) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (LocalTranscript.Entry entry : transcript.chat(chatId, after, limit)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", entry.id());
			item.put("direction", entry.direction());
			item.put("at", entry.at().toString());
			if (entry.direction().equals("out")) {
				Reply reply = reply(OutboundJson.read(entry.json()));
				item.put("text", reply.text());
				item.put("options", reply.options());
				if (reply.file() != null) {
					item.put("file", reply.file());
				}
			}
			else {
				item.put("userId", entry.userId());
				item.putAll(json.readValue(entry.json(), Map.class));
			}
			entries.add(item);
		}
		return entries;
	}

	static Reply reply(Outbound out) {
		Attachment attachment = out.attachment();
		FileLink file = attachment == null ? null
				: new FileLink(attachment.name(), "/api/local/files/" + attachment.id());
		return new Reply(out.text(), out.options(), file);
	}

	private String incomingJson(Message message) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (message.text() != null) {
			json.put("text", message.text());
		}
		if (message.button() != null) {
			json.put("button", message.button());
		}
		if (message.photo() != null) {
			json.put("photo", message.photo());
		}
		return this.json.writeValueAsString(json);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
