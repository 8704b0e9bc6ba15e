package vn.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The launch the Dockerfile uses, made here the same way: the jar extracted by Spring
 * Boot's jar tools (a class data sharing archive cannot map classes out of nested jars),
 * then one training start that exits once the context is refreshed and dumps the classes
 * it loaded.
 */
final class CdsArchive {

	private CdsArchive() {
	}

	static Path archive(Path extracted) {
		return extracted.resolve("baocao-bot.jsa");
	}

	/** The extracted application with its archive; returns its directory. */
	static Path prepare(Path dir, String java, Path jar) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		run(dir, List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				dir.resolve("app").toString()));
		Path app = dir.resolve("app");
		run(dir, List.of(java, "-XX:ArchiveClassesAtExit=" + archive(app), "-Dspring.context.exit=onRefresh", "-jar",
				app.resolve(jar.getFileName()).toString(), "--server.port=0",
				"--baocao.db-path=" + dir.resolve("training.db"),
				"--baocao.campaign-file=" + Path.of("config/campaign.yml").toAbsolutePath()));
		if (!Files.isRegularFile(archive(app))) {
			throw new IllegalStateException("no class data sharing archive was written; see " + dir);
		}
		return app;
	}

	private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("prepare.log").toFile()))
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(
					command.get(command.size() - 1) + " failed; see " + dir.resolve("prepare.log"));
		}
	}

}
