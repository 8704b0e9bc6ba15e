package vn.baocao.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.inbox.HandledUpdates;
import vn.baocao.messaging.DeliveryMetrics;
import vn.baocao.messaging.Outbox;

/**
 * The numbers an operator watches, as Micrometer meters (Prometheus names in brackets):
 * updates handled per channel and outcome ({@code baocao_updates_handled_total}) and
 * their handling time ({@code baocao_update_handling_seconds}), the outbox's backlog
 * ({@code baocao_outbox_waiting}) and the age of its oldest waiting message
 * ({@code baocao_outbox_oldest_age_seconds}), sends by outcome
 * ({@code baocao_sends_total{outcome=sent|retried|429|refused|moved}}), scheduled runs by
 * outcome ({@code baocao_scheduled_runs_total}) and reports submitted
 * ({@code baocao_reports_submitted_total}). The last two are counted in the database, so
 * they survive restarts and hold on every instance alike.
 */
@Component
class OperationsMetrics implements DeliveryMetrics, HandledUpdates {

	private static final String[] RUN_OUTCOMES = { "SENT", "SENT_LATE", "DROPPED_WINDOW_CLOSED", "DROPPED_SUPERSEDED" };

	private final MeterRegistry registry;

	private final Map<String, Counter> sends = new ConcurrentHashMap<>();

	private final Map<String, Counter> updates = new ConcurrentHashMap<>();

	private final Map<Channel, Timer> handling = new ConcurrentHashMap<>();

	private final BacklogProbe backlog;

	OperationsMetrics(MeterRegistry registry, Outbox outbox, JdbcClient jdbc, Clock clock) {
		this.registry = registry;
		outbox.countWith(this);
		this.backlog = new BacklogProbe(outbox);
		Gauge.builder("baocao.outbox.waiting", backlog, b -> b.read().count())
			.description("Messages waiting in the outbox")
			.register(registry);
		Gauge.builder("baocao.outbox.oldest.age", backlog, b -> {
			Instant oldest = b.read().oldest();
			return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
		}).baseUnit("seconds").description("Age of the oldest waiting message").register(registry);
		for (String outcome : RUN_OUTCOMES) {
			FunctionCounter
				.builder("baocao.scheduled.runs", jdbc,
						j -> j.sql("SELECT count(*) FROM schedule_run WHERE outcome = ?")
							.param(outcome)
							.query(Long.class)
							.single())
				.tag("outcome", outcome.toLowerCase(java.util.Locale.ROOT))
				.description("Scheduled runs (reminders, summaries) by outcome")
				.register(registry);
		}
		FunctionCounter
			.builder("baocao.reports.submitted", jdbc,
					j -> j.sql("SELECT count(*) FROM report_revision WHERE revision = 1").query(Long.class).single())
			.description("Daily reports submitted (first revisions)")
			.register(registry);
		for (Channel channel : Channel.values()) {
			for (String outcome : new String[] { "sent", "retried", "429", "refused" }) {
				if (outbox.isRunning(channel)) {
					sendCounter(channel, outcome);
				}
			}
		}
	}

	@Override
	public void sent(Channel channel, String outcome) {
		sendCounter(channel, outcome).increment();
	}

	@Override
	public void handled(Channel channel, String outcome, Duration took) {
		updates
			.computeIfAbsent(channel.key() + "|" + outcome,
					k -> Counter.builder("baocao.updates.handled")
						.tag("channel", channel.key())
						.tag("outcome", outcome)
						.description("Updates handled, by channel and outcome")
						.register(registry))
			.increment();
		handling
			.computeIfAbsent(channel,
					c -> Timer.builder("baocao.update.handling")
						.publishPercentileHistogram()
						.tag("channel", c.key())
						.description("Time to handle one update")
						.register(registry))
			.record(took);
	}

	private Counter sendCounter(Channel channel, String outcome) {
		return sends.computeIfAbsent(channel.key() + "|" + outcome,
				k -> Counter.builder("baocao.sends")
					.tag("channel", channel.key())
					.tag("outcome", outcome)
					.description("Send attempts by outcome")
					.register(registry));
	}

	/**
	 * One read of the outbox serves both gauges of a scrape (they are read one after the
	 * other).
	 */
	static final class BacklogProbe {

		private final Outbox outbox;

		private Outbox.Waiting last = new Outbox.Waiting(0, null);

		private long readAt;

		BacklogProbe(Outbox outbox) {
			this.outbox = outbox;
		}

		synchronized Outbox.Waiting read() {
			long now = System.nanoTime();
			if (readAt == 0 || now - readAt > 200_000_000L) {
				last = outbox.waiting();
				readAt = now;
			}
			return last;
		}

	}

}
