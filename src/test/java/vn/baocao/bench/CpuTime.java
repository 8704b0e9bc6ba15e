package vn.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The CPU time a process has used so far (user + system, all its threads), as the OS
 * counts it: the figure a busy shared machine does not stretch, unlike wall time.
 */
final class CpuTime {

	/** USER_HZ: what /proc/PID/stat counts in, 100 on every Linux we run on. */
	private static final long TICKS_PER_SECOND = 100;

	private CpuTime() {
	}

	static Duration of(ProcessHandle process) {
		Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
		try {
			// fields after the command name, which is in parentheses and may hold spaces
			String text = Files.readString(stat);
			String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
		}
		catch (IOException | RuntimeException notLinux) {
			return process.info().totalCpuDuration().orElse(Duration.ZERO);
		}
	}

}
