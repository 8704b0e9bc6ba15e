package vn.baocao.campaign;

import java.util.Map;
import java.util.Optional;

/**
 * The steering committee: its group chat per channel and the observers who get the
 * summary privately.
 */
public record Committee(Map<Channel, String> chatIds, ChannelIds members) {

	public Committee {
		chatIds = Map.copyOf(chatIds);
	}

	public Optional<String> chatId(Channel channel) {
		return Optional.ofNullable(chatIds.get(channel));
	}

}
