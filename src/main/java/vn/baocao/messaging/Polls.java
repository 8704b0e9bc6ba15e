package vn.baocao.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;

/**
 * How each channel's poller is doing: since when it has failed without a success in
 * between, for the health indicator. On the application's clock (real time in production,
 * moved by hand in tests).
 */
@Component
public class Polls {

	private final Map<Channel, Instant> failingSince = new ConcurrentHashMap<>();

	private final Clock clock;

	public Polls(Clock clock) {
		this.clock = clock;
	}

	public void succeeded(Channel channel) {
		failingSince.remove(channel);
	}

	public void failed(Channel channel) {
		failingSince.putIfAbsent(channel, clock.instant());
	}

	public Optional<Instant> failingSince(Channel channel) {
		return Optional.ofNullable(failingSince.get(channel));
	}

	public Map<Channel, Instant> failing() {
		return Map.copyOf(failingSince);
	}

}
