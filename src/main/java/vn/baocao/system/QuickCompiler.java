package vn.baocao.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.jspecify.annotations.Nullable;

/**
 * Makes a plain {@code java -jar} compile like the Dockerfile's launch, which runs the
 * JVM with {@code -XX:TieredStopAtLevel=1}: C1, the quick compiler, only. Measured
 * (docs/PERFORMANCE.md, issue 18), C2 spent half of the bot's CPU, at start and for the
 * first tens of thousands of updates, to optimise code that a chatbot runs a few times a
 * second; C1's code handled an update as fast. The contract's launch carries no JVM
 * flags, so the same choice is made from inside, through the JVM's own management
 * interface: a compiler directive that excludes C2 for every method, after which HotSpot
 * compiles each hot method with C1 alone.
 *
 * <p>
 * Nothing is done when the launch chose its compilers itself (any
 * {@code TieredStopAtLevel}, tiered compilation switched off) or when {@code BAOCAO_JIT}
 * (or {@code -Dbaocao.jit}) is {@code full}; a JVM without the interface is left as it
 * is.
 */
public final class QuickCompiler {

	static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

	private QuickCompiler() {
	}

	/**
	 * Asks for C1 only on a thread of its own (the management server takes ~0.1 s to
	 * start), so the start does not wait for it.
	 */
	public static void chooseInBackground() {
		if ("full".equals(setting())) {
			return;
		}
		Thread thread = new Thread(QuickCompiler::choose, "baocao-jit-choice");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Whether C1 only was asked for now; false when the launch chose, the setting says
	 * {@code full}, or the JVM cannot be asked.
	 */
	static boolean choose() {
		if ("full".equals(setting())) {
			return false;
		}
		try {
			HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			if (hotspot == null || chosenByTheLaunch(hotspot)) {
				return false;
			}
			Path file = Files.createTempFile("baocao-jit", ".json");
			try {
				Files.writeString(file, DIRECTIVE);
				MBeanServer server = ManagementFactory.getPlatformMBeanServer();
				Object answer = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
						"compilerDirectivesAdd", new Object[] { new String[] { file.toString() } },
						new String[] { String[].class.getName() });
				return String.valueOf(answer).toLowerCase(Locale.ROOT).contains("added");
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException | JMException | RuntimeException | LinkageError notThisJvm) {
			return false;
		}
	}

	private static boolean chosenByTheLaunch(HotSpotDiagnosticMXBean hotspot) {
		VMOption stopAt = hotspot.getVMOption("TieredStopAtLevel");
		VMOption tiered = hotspot.getVMOption("TieredCompilation");
		return stopAt.getOrigin() != VMOption.Origin.DEFAULT || !"true".equals(tiered.getValue());
	}

	private static @Nullable String setting() {
		String value = System.getProperty("baocao.jit", System.getenv("BAOCAO_JIT"));
		return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
	}

}
