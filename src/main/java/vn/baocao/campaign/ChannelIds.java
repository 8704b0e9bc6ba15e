package vn.baocao.campaign;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * User or chat ids per channel, as the campaign file lists them under admins, leads and
 * members.
 */
public record ChannelIds(Map<Channel, List<String>> ids) {

	public ChannelIds {
		EnumMap<Channel, List<String>> copy = new EnumMap<>(Channel.class);
		ids.forEach((channel, list) -> copy.put(channel, List.copyOf(list)));
		ids = Map.copyOf(copy);
	}

	public static ChannelIds none() {
		return new ChannelIds(Map.of());
	}

	public List<String> on(Channel channel) {
		return ids.getOrDefault(channel, List.of());
	}

	public boolean contains(Channel channel, String id) {
		return on(channel).contains(id);
	}

}
