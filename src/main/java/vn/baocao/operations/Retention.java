package vn.baocao.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.baocao.campaign.Schedule;

/**
 * Prunes what only grows. Dedupe markers and sent outbox rows are needed only for a few
 * days (a redelivery, a look at what went out), so those older than the retention period
 * go at any time; once the campaign's last day plus the retention period has passed,
 * every dedupe marker, sent outbox row, local transcript line and stored file from before
 * then goes too. Reports, revisions, reviews, schedule runs and the audit log are kept. A
 * stored file still referenced by a waiting message is kept.
 */
final class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/** What one pass removed. */
	record Pruned(int markers, int outbox, int transcript, int files) {

		int total() {
			return markers + outbox + transcript + files;
		}

	}

	private final JdbcClient jdbc;

	private final Schedule schedule;

	private final Duration keep;

	private final Clock clock;

	Retention(JdbcClient jdbc, Schedule schedule, int days, Clock clock) {
		this.jdbc = jdbc;
		this.schedule = schedule;
		this.keep = Duration.ofDays(days);
		this.clock = clock;
	}

	/** The instant after which the campaign's rows may all go. */
	Instant campaignCutoff() {
		return schedule.endDate().plusDays(1).atStartOfDay(schedule.zone()).toInstant().plus(keep);
	}

	Pruned prune() {
		Instant now = clock.instant();
		long rolling = now.minus(keep).toEpochMilli();
		boolean campaignOver = now.isAfter(campaignCutoff());
		long all = campaignOver ? Math.max(rolling, campaignCutoff().toEpochMilli()) : rolling;
		int markers = jdbc.sql("DELETE FROM processed_update WHERE processed_at < ?").param(all).update();
		int outbox = jdbc.sql("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?").param(all).update();
		int transcript = 0;
		int files = 0;
		if (campaignOver) {
			long cutoff = campaignCutoff().toEpochMilli();
			transcript = jdbc.sql("DELETE FROM local_message WHERE created_at < ?").param(cutoff).update();
			files = jdbc.sql("""
					DELETE FROM stored_file WHERE created_at < ?
					AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.sent_at IS NULL
					                AND o.message_json LIKE '%' || stored_file.id || '%')""").param(cutoff).update();
		}
		Pruned pruned = new Pruned(markers, outbox, transcript, files);
		if (pruned.total() > 0) {
			log.info("Pruned {} dedupe markers, {} sent outbox rows, {} transcript lines, {} stored files", markers,
					outbox, transcript, files);
		}
		return pruned;
	}

}
