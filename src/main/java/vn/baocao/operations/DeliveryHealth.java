package vn.baocao.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Polls;

/**
 * {@code /actuator/health} component {@code delivery}: DOWN when the oldest message still
 * waiting has waited longer than the threshold (messages are stuck), or when a channel's
 * poller has failed without a success for longer than its threshold (no update comes in).
 */
@Component("delivery")
@EnableConfigurationProperties(HealthSettings.class)
class DeliveryHealth implements HealthIndicator {

	private final Outbox outbox;

	private final Polls polls;

	private final HealthSettings settings;

	private final Clock clock;

	DeliveryHealth(Outbox outbox, Polls polls, HealthSettings settings, Clock clock) {
		this.outbox = outbox;
		this.polls = polls;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Outbox.Waiting waiting = outbox.waiting();
		Health.Builder health = Health.up().withDetail("outboxWaiting", waiting.count());
		boolean down = false;
		if (waiting.oldest() != null) {
			Duration age = Duration.between(waiting.oldest(), clock.instant());
			health.withDetail("oldestWaitingSeconds", Math.max(0, age.toSeconds()));
			if (age.compareTo(settings.outboxAge()) > 0) {
				down = true;
				health.withDetail("outbox", "the oldest waiting message is older than " + settings.outboxAge());
			}
		}
		Instant now = clock.instant();
		for (Map.Entry<Channel, Instant> failing : polls.failing().entrySet()) {
			Duration failed = Duration.between(failing.getValue(), now);
			health.withDetail(failing.getKey().key() + "PollerFailingSeconds", failed.toSeconds());
			if (failed.compareTo(settings.pollerDown()) > 0) {
				down = true;
			}
		}
		return down ? health.down().build() : health.build();
	}

}
