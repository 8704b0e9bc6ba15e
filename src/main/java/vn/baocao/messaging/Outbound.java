package vn.baocao.messaging;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.Channel;

/**
 * One message for one chat, in channel-neutral form. The text is plain (each channel
 * escapes it for its own markup); options, when present, are the answers the user may
 * tap.
 */
public record Outbound(Channel channel, String chatId, String text, List<Option> options,
		@Nullable Attachment attachment) {

	public Outbound {
		options = List.copyOf(options);
	}

	public static Outbound text(Channel channel, String chatId, String text) {
		return new Outbound(channel, chatId, text, List.of(), null);
	}

	public static Outbound withOptions(Channel channel, String chatId, String text, List<Option> options) {
		return new Outbound(channel, chatId, text, options, null);
	}

}
