package vn.baocao.messaging;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Channel;

/**
 * One message for one chat, in channel-neutral form. The text is plain (each channel
 * escapes it for its own markup); options, when present, are the answers the user may
 * tap. {@code freeAnswer} says the question also takes an answer typed freely (a number,
 * an amount, a text) beside its options, so a channel without buttons, which numbers the
 * options instead, must not read a typed "1" as the first option there.
 */
public record Outbound(Channel channel, String chatId, String text, List<Option> options,
		@Nullable Attachment attachment, boolean freeAnswer) {

	public Outbound {
		options = List.copyOf(options);
	}

	public Outbound(Channel channel, String chatId, String text, List<Option> options,
			@Nullable Attachment attachment) {
		this(channel, chatId, text, options, attachment, false);
	}

	public static Outbound text(Channel channel, String chatId, String text) {
		return new Outbound(channel, chatId, text, List.of(), null);
	}

	public static Outbound withOptions(Channel channel, String chatId, String text, List<Option> options) {
		return new Outbound(channel, chatId, text, options, null);
	}

	/** The same message for another chat (the chat's id changed). */
	public Outbound to(String otherChatId) {
		return otherChatId.equals(chatId) ? this
				: new Outbound(channel, otherChatId, text, options, attachment, freeAnswer);
	}

	/** This question, marked as also taking a freely typed answer. */
	public Outbound withFreeAnswer() {
		return new Outbound(channel, chatId, text, options, attachment, true);
	}

}
