package vn.baocao.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backups: a consistent copy of the database into {@code backups/} beside it
 * ({@code data/backups/} for the default {@code data/baocao.db}), named by the campaign
 * time it was taken, the newest {@code keep} kept.
 */
final class DailyBackups {

	private static final Logger log = LoggerFactory.getLogger(DailyBackups.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'baocao-'yyyy-MM-dd-HHmm'.db'");

	private final Path database;

	private final Path folder;

	private final int keep;

	private final Clock clock;

	DailyBackups(Path database, int keep, Clock clock) {
		this.database = database.toAbsolutePath();
		this.folder = this.database.getParent().resolve("backups");
		this.keep = keep;
		this.clock = clock;
	}

	Path folder() {
		return folder;
	}

	/** Takes today's backup and drops the oldest beyond {@code keep}; never throws. */
	Path take() {
		Path target = folder.resolve(NAME.format(LocalDateTime.now(clock)));
		try {
			SqliteBackup.backup(database, target);
			log.info("Daily backup written to {}", target);
			prune();
			return target;
		}
		catch (Exception ex) {
			log.error("The daily backup to {} failed: {}", target, ex.getMessage());
			return target;
		}
	}

	private void prune() throws IOException {
		List<Path> backups;
		try (Stream<Path> files = Files.list(folder)) {
			backups = files.filter(f -> f.getFileName().toString().matches("baocao-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.db"))
				.sorted()
				.toList();
		}
		for (int i = 0; i < backups.size() - keep; i++) {
			Files.deleteIfExists(backups.get(i));
			log.info("Old backup {} removed (BAOCAO_BACKUP_KEEP={})", backups.get(i), keep);
		}
	}

}
