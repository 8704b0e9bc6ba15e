package vn.baocao.campaign;

import java.util.Locale;
import java.util.Optional;

/**
 * The chat platforms baocao talks on. The key is how the campaign file and the database
 * name it.
 */
public enum Channel {

	TELEGRAM, ZALO, LOCAL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Channel> fromKey(String key) {
		for (Channel channel : values()) {
			if (channel.key().equals(key)) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

}
