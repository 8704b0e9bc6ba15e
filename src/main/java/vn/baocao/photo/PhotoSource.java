package vn.baocao.photo;

/**
 * Where a channel's photo references are fetched from: Telegram's getFile, the https URL
 * of a Zalo update. Implemented by the channel adapters; called off any poll thread.
 */
public interface PhotoSource {

	/** Whether the reference ("telegram:…", "zalo:…") is this source's. */
	boolean handles(String ref);

	/** The photo's bytes, at most {@code maxBytes} of them, or why not. */
	Fetch fetch(String ref, long maxBytes);

	/** What a fetch gave. */
	sealed interface Fetch permits Got, Refused, Failed {

	}

	/** The bytes (not yet checked to be an image). */
	record Got(byte[] bytes) implements Fetch {

		public Got {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return bytes.clone();
		}

	}

	/** It will never be fetched: too big, unknown to the platform, not an allowed URL. */
	record Refused(String reason) implements Fetch {
	}

	/** It may work later: a timeout, a network error, an HTTP 5xx. */
	record Failed(String reason) implements Fetch {
	}

}
