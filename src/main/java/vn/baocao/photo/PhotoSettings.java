package vn.baocao.photo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code baocao.photos.*}: {@code keep} (default true) turns fetching on;
 * {@code max-size} caps one photo (default 10MB: Telegram's photos are far smaller),
 * {@code campaign-max-size} all the photos of the campaign together (default 1GB, they
 * sit in the database); {@code timeout} for one download; a failed fetch is tried again
 * after {@code retry-after}, doubling, at most {@code attempts} times; the keeper looks
 * for new photos every {@code every}.
 */
@ConfigurationProperties("baocao.photos")
public record PhotoSettings(@DefaultValue("true") boolean keep, @DefaultValue("10MB") DataSize maxSize,
		@DefaultValue("1GB") DataSize campaignMaxSize, @DefaultValue("20s") Duration timeout,
		@DefaultValue("1m") Duration retryAfter, @DefaultValue("6") int attempts, @DefaultValue("15s") Duration every) {

	public static PhotoSettings defaults() {
		return new PhotoSettings(true, DataSize.ofMegabytes(10), DataSize.ofGigabytes(1), Duration.ofSeconds(20),
				Duration.ofMinutes(1), 6, Duration.ofSeconds(15));
	}

}
