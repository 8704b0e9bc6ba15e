package vn.baocao.operations;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baocao.backup.at} (BAOCAO_BACKUP_AT, e.g. {@code 03:00}, campaign time; none: no
 * daily backup) and {@code baocao.backup.keep} (BAOCAO_BACKUP_KEEP): daily backups into
 * {@code backups/} beside the database file, the newest {@code keep} kept.
 * {@code baocao.retention.days} (BAOCAO_RETENTION_DAYS): what only grows is pruned this
 * many days after the campaign's last day.
 */
@ConfigurationProperties("baocao")
record HousekeepingSettings(@DefaultValue Backup backup, @DefaultValue Retention retention) {

	record Backup(@Nullable LocalTime at, @DefaultValue("7") int keep) {

		Backup {
			if (keep < 1) {
				throw new IllegalArgumentException(
						"baocao.backup.keep (BAOCAO_BACKUP_KEEP) must be at least 1, was " + keep);
			}
		}

	}

	record Retention(@DefaultValue("30") int days) {

		Retention {
			if (days < 1) {
				throw new IllegalArgumentException(
						"baocao.retention.days (BAOCAO_RETENTION_DAYS) must be at least 1, was " + days);
			}
		}

	}

}
