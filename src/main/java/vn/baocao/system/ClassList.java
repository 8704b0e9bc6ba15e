package vn.baocao.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.jspecify.annotations.Nullable;

/**
 * The application's classes in the order a start loads them, recorded at build time by
 * one training start (the build's {@code class-list} step, like the Dockerfile's class
 * data sharing archive), and loaded at start on a second thread ahead of the main one.
 * Most of a plain {@code java -jar} start is the main thread reading, parsing and
 * defining some 7,000 classes out of the nested jar one after the other while the other
 * core idles; with this list the other core does most of that reading first (measured in
 * docs/PERFORMANCE.md, issue 18: about a second less). Classes are only loaded, never
 * initialised, so nothing runs earlier than it would; a name that is missing or fails to
 * load is skipped, so a stale list only helps less. Not done when the JVM maps a class
 * data sharing archive (the Dockerfile's launch), which has them ready already.
 */
public final class ClassList {

	static final String RESOURCE = "META-INF/baocao/classes-at-start.txt";

	private ClassList() {
	}

	/** Starts loading the recorded classes on a thread of its own, if there is a list. */
	public static void preloadInBackground() {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		// off in the training start itself, whose log is the next list
		if ("off".equals(System.getProperty("baocao.class-preload")) || loader == null
				|| loader.getResource(RESOURCE) == null) {
			return;
		}
		// asking the JVM about its archive starts its management beans: not on the main
		// thread
		Thread thread = new Thread(() -> {
			if (!classDataShared()) {
				preload(loader);
			}
		}, "baocao-class-preload");
		thread.setDaemon(true);
		thread.start();
	}

	/** Loads (without initialising) every class of the list; how many it loaded. */
	static int preload(ClassLoader loader) {
		int loaded = 0;
		try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return 0;
			}
			BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String name = names.readLine(); name != null; name = names.readLine()) {
				try {
					Class.forName(name, false, loader);
					loaded++;
				}
				catch (ClassNotFoundException | LinkageError stale) {
					// gone or not loadable here: the main thread does without it
				}
			}
		}
		catch (IOException | RuntimeException unreadable) {
			// only a head start is lost
		}
		return loaded;
	}

	private static boolean classDataShared() {
		try {
			HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return hotspot != null && !hotspot.getVMOption("SharedArchiveFile").getValue().isBlank();
		}
		catch (RuntimeException | LinkageError notHotSpot) {
			return false;
		}
	}

	/**
	 * The build's step: turns the JVM's class-loading log of the training start
	 * ({@code -Xlog:class+load=info:file=LOG:none}, no decorations) into the list,
	 * keeping the classes that came from the application's class path (not the JDK's, nor
	 * generated ones).
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: ClassList <class-load log> <list to write>");
		}
		List<String> names = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
			String name = applicationClass(line);
			if (name != null) {
				names.add(name);
			}
		}
		Path list = Path.of(args[1]);
		Files.createDirectories(list.toAbsolutePath().getParent());
		Files.write(list, names, StandardCharsets.UTF_8);
	}

	/** The class a log line names, if it was read from the class path. */
	static @Nullable String applicationClass(String line) {
		int at = line.indexOf(" source: ");
		if (at <= 0) {
			return null;
		}
		String source = line.substring(at + " source: ".length());
		String name = line.substring(line.lastIndexOf(' ', at - 1) + 1, at);
		boolean fromClassPath = source.startsWith("file:") || source.startsWith("jar:");
		return fromClassPath && !name.contains("$$") && !name.contains("/") ? name : null;
	}

}
