package vn.baocao.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar baocao-bot.jar --backup <file>} and {@code --restore <file>}, run
 * without starting the bot. The database is the bot's: {@code --baocao.db-path=...} among
 * the arguments, else BAOCAO_DB_PATH, else {@code data/baocao.db}. Exit 0 when done, 1
 * when it failed (one line on standard error), 2 for a wrong command line.
 */
public final class BackupCommand {

	public static final String BACKUP = "--backup";

	public static final String RESTORE = "--restore";

	private BackupCommand() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals(BACKUP) || args[0].equals(RESTORE));
	}

	public static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
		if (args.size() < 2 || args.get(1).startsWith("--")) {
			err.println("usage: " + BACKUP + " <file> | " + RESTORE + " <file> [--baocao.db-path=<database>]");
			return 2;
		}
		if (has(args, "--baocao.db-url")
				|| (environment.get("BAOCAO_DB_URL") != null && !environment.get("BAOCAO_DB_URL").isBlank())) {
			err.println(
					"The bot runs on PostgreSQL (BAOCAO_DB_URL): back it up with pg_dump and restore with pg_restore");
			return 2;
		}
		Path database = database(args, environment);
		Path file = Path.of(args.get(1));
		try {
			if (args.get(0).equals(BACKUP)) {
				SqliteBackup.backup(database, file);
				out.println("Backup of " + database + " written to " + file.toAbsolutePath());
			}
			else {
				SqliteBackup.restore(file, database);
				out.println("Restored " + file + " as " + database.toAbsolutePath());
			}
			return 0;
		}
		catch (Exception ex) {
			err.println((args.get(0).equals(BACKUP) ? "Backup" : "Restore") + " failed: " + ex.getMessage());
			return 1;
		}
	}

	static Path database(List<String> args, Map<String, String> environment) {
		for (String arg : args) {
			if (arg.startsWith("--baocao.db-path=")) {
				return Path.of(arg.substring("--baocao.db-path=".length()));
			}
		}
		String fromProperty = System.getProperty("baocao.db-path");
		if (fromProperty != null && !fromProperty.isBlank()) {
			return Path.of(fromProperty);
		}
		String fromEnvironment = environment.get("BAOCAO_DB_PATH");
		return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data/baocao.db" : fromEnvironment);
	}

	private static boolean has(List<String> args, String prefix) {
		return args.stream().anyMatch(arg -> arg.startsWith(prefix));
	}

}
