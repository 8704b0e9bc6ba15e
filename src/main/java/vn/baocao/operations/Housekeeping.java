package vn.baocao.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;

/**
 * Runs the daily backup at {@code baocao.backup.at} (campaign time) and the retention
 * pass at 04:30, on a thread of its own and on the real time of day (a rehearsal clock
 * set by BAOCAO_NOW does not move them). On PostgreSQL there is no file to back up:
 * pg_dump does that.
 */
@PerCampaign
@Component
@EnableConfigurationProperties(HousekeepingSettings.class)
class Housekeeping implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	static final LocalTime PRUNE_AT = LocalTime.of(4, 30);

	private final @Nullable DailyBackups backups;

	private final @Nullable LocalTime backupAt;

	private final Retention retention;

	private final ZoneId zone;

	private @Nullable ScheduledExecutorService executor;

	Housekeeping(HousekeepingSettings settings, Campaign campaign, JdbcClient jdbc, Clock clock,
			@Value("${baocao.db-path:data/baocao.db}") java.nio.file.Path dbPath,
			@Value("${baocao.db-url:}") String dbUrl) {
		this.zone = campaign.schedule().zone();
		this.backupAt = settings.backup().at();
		this.backups = dbUrl.isBlank() && backupAt != null
				? new DailyBackups(dbPath, settings.backup().keep(), Clock.system(zone)) : null;
		this.retention = new Retention(jdbc, campaign.schedule(), settings.retention().days(), clock);
	}

	DailyBackups backups() {
		return backups;
	}

	Retention retention() {
		return retention;
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "baocao-housekeeping");
			thread.setDaemon(true);
			return thread;
		});
		executor = scheduler;
		if (backups != null && backupAt != null) {
			schedule(scheduler, backupAt, backups::take);
			log.info("Daily backup at {} into {}", backupAt, backups.folder());
		}
		schedule(scheduler, PRUNE_AT, this::pruneQuietly);
	}

	private void pruneQuietly() {
		try {
			retention.prune();
		}
		catch (RuntimeException ex) {
			log.error("The retention pass failed", ex);
		}
	}

	private void schedule(ScheduledExecutorService scheduler, LocalTime at, Runnable task) {
		long delay = Duration.between(ZonedDateTime.now(zone), next(ZonedDateTime.now(zone), at)).toMillis();
		scheduler.schedule(() -> {
			try {
				task.run();
			}
			finally {
				if (!scheduler.isShutdown()) {
					schedule(scheduler, at, task);
				}
			}
		}, delay, TimeUnit.MILLISECONDS);
	}

	static ZonedDateTime next(ZonedDateTime now, LocalTime at) {
		ZonedDateTime today = now.with(at);
		return today.isAfter(now) ? today : today.plusDays(1);
	}

	@Override
	public void stop() {
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null && !executor.isShutdown();
	}

}
