package vn.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the Dockerfile starts the packaged bot, made here the same way for the benchmarks
 * and the fault suite (which starts the bot dozens of times): the jar extracted by Spring
 * Boot's jar tools (a class data sharing archive cannot map classes out of nested jars),
 * an AppCDS archive written by one training start that exits once the context is
 * refreshed, and C1 only ({@code -XX:TieredStopAtLevel=1}): most of a start's CPU is the
 * JVM loading and compiling Spring's classes, and a chatbot's load never needs C2.
 */
public final class TunedLaunch {

	private static final Path JAR = Path.of("target/baocao-bot.jar").toAbsolutePath();

	private static List<String> prepared;

	private TunedLaunch() {
	}

	/** The java command up to and including the jar; the archive is made on first use. */
	public static synchronized List<String> command(String... jvmOptions) {
		if (prepared == null) {
			prepared = prepare(JAR.resolveSibling("tuned-launch"));
		}
		List<String> command = new ArrayList<>();
		command.add(prepared.get(0));
		command.addAll(List.of(jvmOptions));
		command.addAll(prepared.subList(1, prepared.size()));
		return command;
	}

	private static List<String> prepare(Path dir) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path app = dir.resolve("app");
		Path jar = app.resolve(JAR.getFileName());
		Path archive = app.resolve("baocao-bot.jsa");
		try {
			Files.createDirectories(dir);
			boolean stale = !Files.isRegularFile(archive)
					|| Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR)) < 0;
			if (stale) {
				Files.deleteIfExists(archive);
				run(dir, List.of(java, "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--force", "--destination",
						app.toString()));
				run(dir, List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
						jar.toString(), "--server.port=0", "--baocao.db-path=" + dir.resolve("training.db"),
						"--baocao.campaign-file=" + Path.of("config/campaign.yml").toAbsolutePath()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException(
					"no class data sharing archive was written; see " + dir.resolve("prepare.log"));
		}
		return List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
	}

	private static void run(Path dir, List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("prepare.log").toFile()))
			.start();
		try {
			if (process.waitFor() != 0) {
				throw new IllegalStateException(
						String.join(" ", command) + " failed; see " + dir.resolve("prepare.log"));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException("interrupted while preparing the tuned launch", ex);
		}
	}

}
