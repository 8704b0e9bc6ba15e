package vn.baocao.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When health goes DOWN: the oldest waiting message is older than {@code outboxAge}
 * ({@code baocao.health.outbox-age}), or a poller has failed for longer than
 * {@code pollerDown} ({@code baocao.health.poller-down}).
 */
@ConfigurationProperties("baocao.health")
record HealthSettings(@DefaultValue("15m") Duration outboxAge, @DefaultValue("10m") Duration pollerDown) {
}
