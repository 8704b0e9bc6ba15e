package vn.baocao.channel.zalo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.baocao.campaign.Channel;
import vn.baocao.channel.FileLinks;
import vn.baocao.conversation.KnownGroups;
import vn.baocao.messaging.Attachment;
import vn.baocao.messaging.ChatGateway;
import vn.baocao.messaging.Delivery;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.OutboundJson;
import vn.baocao.messaging.RateLimits;
import vn.baocao.messaging.Reach;
import vn.baocao.messaging.Texts;
import vn.baocao.text.MessageSplitter;

/**
 * Delivers outbound messages to Zalo chats with sendMessage: plain text (no markup),
 * options as numbered lines, long texts cut at Zalo's 2000 characters on line breaks, an
 * attached file as a link (see {@link #attachmentCalls}). The dispatcher calls it from
 * one thread for this channel and in order per chat.
 */
class ZaloGateway implements ChatGateway {

	private static final Logger log = LoggerFactory.getLogger(ZaloGateway.class);

	/**
	 * Zalo publishes no rate limits for bots (only "429 quota exceeded"), so these are
	 * guesses kept well under Telegram's: 5 calls a second overall, 1 second between
	 * messages to one person, 10 messages a minute to one group.
	 */
	static final RateLimits LIMITS = new RateLimits(5, Duration.ofSeconds(1), 10);

	/** A 429 that does not say how long to wait pauses the channel this long. */
	static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

	/**
	 * Client errors worth retrying: 401 is our token (fixing it must not have lost the
	 * messages), 403 is listed by Zalo's error table as an internal server error, 408 is
	 * a timeout.
	 */
	private static final Set<Integer> RETRIED_CLIENT_ERRORS = Set.of(401, 403, 408);

	private final ZaloApi api;

	private final ZaloChats chats;

	private final KnownGroups committee;

	private final Texts texts;

	private final FileLinks links;

	/**
	 * How far a message that failed half-way got, so that a retry does not repeat its
	 * first parts.
	 */
	private final Map<String, Progress> progress = new ConcurrentHashMap<>();

	ZaloGateway(ZaloApi api, ZaloChats chats, KnownGroups committee, Texts texts, FileLinks links) {
		this.api = api;
		this.chats = chats;
		this.committee = committee;
		this.texts = texts;
		this.links = links;
	}

	/** One API call of a message's delivery. */
	record Call(String method, Map<String, Object> params) {
	}

	private record Progress(String message, int done) {
	}

	@Override
	public Channel channel() {
		return Channel.ZALO;
	}

	@Override
	public RateLimits limits() {
		return LIMITS;
	}

	@Override
	public boolean isGroup(String chatId) {
		return committee.isCommitteeChat(Channel.ZALO, chatId) || chats.isGroup(chatId);
	}

	@Override
	public int calls(Outbound message) {
		return Math.max(1, calls(message, OptionMenu.of(message)).size());
	}

	@Override
	public Delivery send(Outbound message) {
		String chatId = message.chatId();
		OptionMenu menu = OptionMenu.of(message);
		List<Call> calls = calls(message, menu);
		String fingerprint = OutboundJson.write(message);
		remember(chatId, menu);
		Progress earlier = progress.get(chatId);
		int start = earlier != null && earlier.message().equals(fingerprint) ? earlier.done() : 0;
		for (int i = start; i < calls.size(); i++) {
			Call call = calls.get(i);
			Delivery delivery = delivery(api.call(call.method(), call.params()));
			if (!(delivery instanceof Delivery.Sent)) {
				if (delivery instanceof Delivery.Rejected || delivery instanceof Delivery.Unreachable) {
					progress.remove(chatId);
				}
				else {
					progress.put(chatId, new Progress(fingerprint, i));
				}
				return delivery;
			}
		}
		progress.remove(chatId);
		return new Delivery.Sent();
	}

	/** The calls that deliver a message: its text in pieces, then its attachment. */
	List<Call> calls(Outbound message, OptionMenu menu) {
		List<Call> calls = new ArrayList<>();
		for (String piece : MessageSplitter.split(menu.render(message.text(), texts), MessageSplitter.ZALO_LIMIT)) {
			calls.add(sendMessage(message.chatId(), piece));
		}
		Attachment attachment = message.attachment();
		if (attachment != null) {
			calls.addAll(attachmentCalls(message.chatId(), attachment));
		}
		return calls;
	}

	/**
	 * Zalo takes pictures by URL only (sendPhoto) and no documents at all, so files go as
	 * links to this server's copy (BAOCAO_PUBLIC_URL): a picture shown in the chat, a
	 * workbook as a download link. Without a public address the chat is told where the
	 * file can be had instead of getting nothing.
	 */
	List<Call> attachmentCalls(String chatId, Attachment attachment) {
		Optional<String> link = links.publicLink(attachment);
		if (link.isEmpty()) {
			return List.of(sendMessage(chatId, texts.get("zalo.attachment.from-committee", attachment.name())));
		}
		if (attachment.picture()) {
			return List.of(new Call("sendPhoto", Map.of("chat_id", chatId, "photo", link.get())));
		}
		return List.of(sendMessage(chatId, texts.get("zalo.attachment.link", attachment.name(), link.get())));
	}

	private static Call sendMessage(String chatId, String text) {
		return new Call("sendMessage", Map.of("chat_id", chatId, "text", text));
	}

	/**
	 * Remembered before the message goes out, so that no answer to it can arrive first.
	 * It is also what the core now expects: the core moved to this question when it
	 * queued it. A lost memory only means numbers are read as text, so it never holds the
	 * message back.
	 */
	private void remember(String chatId, OptionMenu menu) {
		try {
			chats.shown(chatId, menu);
		}
		catch (RuntimeException ex) {
			log.warn("Could not remember the options shown in Zalo chat {}: {}", chatId, ex.getMessage());
		}
	}

	/**
	 * Zalo's code for a user who does not follow the account (Open API -213, "chưa quan
	 * tâm"): the bot may not write first.
	 */
	static final int NOT_FOLLOWING = -213;

	/**
	 * A refusal that says the person cannot be written to, as Telegram's 403 does: they
	 * blocked the bot, or never followed it. The Bot API's notes list no error table for
	 * this, so the answer is read by Zalo's Open API code for "not following" and by its
	 * description (English or Vietnamese); a bare 403 stays an internal error to retry.
	 */
	static @Nullable Reach unreachable(int code, String description) {
		String text = description.toLowerCase(Locale.ROOT);
		if (text.contains("block") || text.contains("chặn")) {
			return Reach.BLOCKED;
		}
		if (code == NOT_FOLLOWING || text.contains("not follow") || text.contains("unfollow")
				|| text.contains("chưa quan tâm") || text.contains("bỏ quan tâm")) {
			return Reach.NOT_STARTED;
		}
		return null;
	}

	static Delivery delivery(ZaloApi.Answer answer) {
		if (answer instanceof ZaloApi.Answer.Ok) {
			return new Delivery.Sent();
		}
		if (answer instanceof ZaloApi.Answer.Refused refused) {
			String reason = refused.code() + " " + refused.description();
			Reach reach = unreachable(refused.code(), refused.description());
			if (reach != null) {
				return new Delivery.Unreachable(reach, reason);
			}
			if (refused.code() == 429) {
				return new Delivery.RetryAfter(
						refused.retryAfter() != null ? refused.retryAfter() : DEFAULT_RETRY_AFTER);
			}
			if (refused.code() >= 400 && refused.code() < 500 && !RETRIED_CLIENT_ERRORS.contains(refused.code())) {
				return new Delivery.Rejected(reason);
			}
			return new Delivery.Failed(reason);
		}
		if (answer instanceof ZaloApi.Answer.Broken broken) {
			return new Delivery.Failed(broken.reason());
		}
		return new Delivery.Failed("an answer without the {ok, result} envelope");
	}

}
