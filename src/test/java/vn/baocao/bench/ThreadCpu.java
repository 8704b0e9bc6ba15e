package vn.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of each thread of a process, user and system apart, as Linux counts it
 * (/proc/PID/task/TID/stat). Two snapshots give where a stretch of work went, JVM threads
 * (JIT compilers, GC) and kernel time included, which a Java sampler such as JFR does not
 * see.
 */
final class ThreadCpu {

	private static final long TICKS_PER_SECOND = 100;

	private final Map<Long, Times> byThread;

	private ThreadCpu(Map<Long, Times> byThread) {
		this.byThread = byThread;
	}

	record Times(String name, long userTicks, long systemTicks) {
	}

	static ThreadCpu of(ProcessHandle process) {
		Map<Long, Times> threads = new HashMap<>();
		Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
		try (Stream<Path> list = Files.list(tasks)) {
			for (Path task : list.toList()) {
				try {
					String text = Files.readString(task.resolve("stat"));
					String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
					String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
					threads.put(Long.parseLong(task.getFileName().toString()),
							new Times(name, Long.parseLong(fields[11]), Long.parseLong(fields[12])));
				}
				catch (IOException | RuntimeException ended) {
					// the thread ended between the listing and the read
				}
			}
		}
		catch (IOException notLinux) {
			return new ThreadCpu(Map.of());
		}
		return new ThreadCpu(threads);
	}

	/**
	 * What each kind of thread (its name without trailing numbers) used since
	 * {@code before}, largest first, as "name user+system ms" parts.
	 */
	String since(ThreadCpu before, int perUnits) {
		Map<String, long[]> byKind = new TreeMap<>();
		for (Map.Entry<Long, Times> entry : byThread.entrySet()) {
			Times now = entry.getValue();
			Times then = before.byThread.getOrDefault(entry.getKey(), new Times(now.name(), 0, 0));
			long[] sum = byKind.computeIfAbsent(now.name().replaceAll("[-#\\s]*\\d+$", ""), k -> new long[2]);
			sum[0] += now.userTicks() - then.userTicks();
			sum[1] += now.systemTicks() - then.systemTicks();
		}
		List<Map.Entry<String, long[]>> kinds = new ArrayList<>(byKind.entrySet());
		kinds.removeIf(kind -> kind.getValue()[0] + kind.getValue()[1] == 0);
		kinds.sort((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]));
		long user = 0;
		long system = 0;
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, long[]> kind : kinds) {
			user += kind.getValue()[0];
			system += kind.getValue()[1];
			parts.add(String.format(Locale.ROOT, "%s %s+%s", kind.getKey(), perUnit(kind.getValue()[0], perUnits),
					perUnit(kind.getValue()[1], perUnits)));
		}
		return String.format(Locale.ROOT, "user %s + system %s ms per update; by thread (user+system): %s",
				perUnit(user, perUnits), perUnit(system, perUnits), String.join(", ", parts));
	}

	private static String perUnit(long ticks, int units) {
		return String.format(Locale.ROOT, "%.2f", ticks * 1000.0 / TICKS_PER_SECOND / units);
	}

}
