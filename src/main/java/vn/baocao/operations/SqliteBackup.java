package vn.baocao.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Consistent copies of the SQLite file, taken while the bot runs, and putting one back
 * while it does not. A copy is written with {@code VACUUM INTO}: one read transaction, so
 * it holds every commit up to its start and none after, whatever the writers do meanwhile
 * (copying the file itself would miss what is still in its {@code -wal}). It goes to a
 * temporary file beside the target first and is moved into place once complete, so a
 * backup file is never half written.
 */
public final class SqliteBackup {

	private SqliteBackup() {
	}

	/** Writes a consistent copy of {@code database} to {@code target} (replaced). */
	public static void backup(Path database, Path target) throws IOException, SQLException {
		if (!Files.isRegularFile(database)) {
			throw new IOException("no database at " + database.toAbsolutePath());
		}
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = folder.resolve("." + target.getFileName() + ".partial");
		Files.deleteIfExists(partial);
		try (Connection connection = DriverManager.getConnection(url(database) + "?busy_timeout=30000");
				Statement statement = connection.createStatement()) {
			statement.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
		}
		check(partial);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Puts a backup back as {@code database}. The bot must be stopped: a database still
	 * in use is refused. The old file's {@code -wal} and {@code -shm} go with it, since
	 * they belong to the old file.
	 */
	public static void restore(Path backup, Path database) throws IOException, SQLException {
		if (!Files.isRegularFile(backup)) {
			throw new IOException("no backup file at " + backup.toAbsolutePath());
		}
		check(backup);
		Path target = database.toAbsolutePath();
		Files.createDirectories(target.getParent());
		if (Files.exists(target)) {
			refuseIfInUse(target);
		}
		Path partial = target.resolveSibling("." + target.getFileName() + ".restoring");
		Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
		Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-wal"));
		Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The file is a whole SQLite database that baocao wrote (integrity and schema). */
	static void check(Path file) throws IOException, SQLException {
		try (Connection connection = DriverManager.getConnection(url(file) + "?open_mode=1");
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
				String result = rs.next() ? rs.getString(1) : "no answer";
				if (!"ok".equalsIgnoreCase(result)) {
					throw new IOException(file + " is damaged: " + result);
				}
			}
			try (ResultSet rs = statement
				.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'report_revision'")) {
				if (!rs.next() || rs.getInt(1) != 1) {
					throw new IOException(file + " is not a baocao database (it has no report_revision table)");
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException(file + " is not a readable SQLite database (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * A running bot keeps the database open in WAL mode; taking it in exclusive locking
	 * mode then fails at once instead of waiting.
	 */
	private static void refuseIfInUse(Path database) throws IOException {
		try (Connection connection = DriverManager.getConnection(url(database) + "?busy_timeout=0");
				Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA locking_mode = EXCLUSIVE");
			statement.execute("BEGIN EXCLUSIVE");
			try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
				rs.next();
			}
			statement.execute("ROLLBACK");
		}
		catch (SQLException ex) {
			throw new IOException(database + " is in use (" + ex.getMessage()
					+ "): stop the bot before restoring a backup over its database");
		}
	}

	private static String url(Path file) {
		return "jdbc:sqlite:" + file.toAbsolutePath();
	}

}
