package vn.baocao.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteDataSource;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Polls;
import vn.baocao.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery health indicator on a real outbox (SQLite file) and a clock moved by hand.
 */
class DeliveryHealthTest {

	@TempDir
	Path dir;

	final MutableClock clock = MutableClock.at("2024-12-10T14:00");

	final Polls polls = new Polls(clock);

	DeliveryHealth health;

	@BeforeEach
	void setUp() {
		SQLiteDataSource db = new SQLiteDataSource();
		db.setUrl("jdbc:sqlite:" + dir.resolve("health.db"));
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		Outbox outbox = new Outbox(JdbcClient.create(db), clock, List.of());
		health = new DeliveryHealth(outbox, polls, new HealthSettings(Duration.ofMinutes(15), Duration.ofMinutes(10)),
				clock);
	}

	@Test
	void aPollerFailingForLongerThanTheThresholdTurnsHealthDownUntilAPollWorks() {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);

		polls.failed(Channel.TELEGRAM);
		clock.advance(Duration.ofMinutes(10));
		Health tenMinutes = health.health();
		assertThat(tenMinutes.getStatus()).as("a short outage is only shown").isEqualTo(Status.UP);
		assertThat(tenMinutes.getDetails()).containsEntry("telegramPollerFailingSeconds", 600L);

		polls.failed(Channel.TELEGRAM);
		clock.advance(Duration.ofSeconds(1));
		Health down = health.health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("telegramPollerFailingSeconds", 601L);

		polls.succeeded(Channel.TELEGRAM);
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails()).doesNotContainKey("telegramPollerFailingSeconds");
	}

	@Test
	void eachChannelsPollerCounts() {
		polls.failed(Channel.ZALO);
		clock.advance(Duration.ofMinutes(11));
		polls.failed(Channel.TELEGRAM);
		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("zaloPollerFailingSeconds", 660L)
			.containsEntry("telegramPollerFailingSeconds", 0L);
	}

}
