package vn.baocao.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes-at-start list: what the build keeps of the JVM's class-loading log, and
 * loading it ahead, where a stale name costs nothing.
 */
class ClassListTest {

	@TempDir
	Path dir;

	@Test
	void theListKeepsTheClassesReadFromTheClassPathInTheirOrder() throws IOException {
		Path log = dir.resolve("loaded.log");
		Files.write(log, List.of("java.lang.Object source: shared objects file",
				"vn.baocao.BaocaoApplication source: file:/build/target/classes/",
				"java.sql.Driver source: jrt:/java.sql",
				"org.springframework.boot.SpringApplication source: jar:nested:/app/baocao-bot.jar/!BOOT-INF/lib/spring-boot.jar!/",
				"vn.baocao.X$$Lambda$12/0x000000080012 source: vn.baocao.X",
				"jdk.internal.reflect.GeneratedConstructorAccessor3 source: __ClassDefiner__",
				"org.yaml.snakeyaml.Yaml source: file:/root/.m2/repository/org/yaml/snakeyaml/2.4/snakeyaml-2.4.jar",
				"a line without a source"));
		Path list = dir.resolve("out/classes-at-start.txt");

		ClassList.main(new String[] { log.toString(), list.toString() });

		assertThat(Files.readAllLines(list)).containsExactly("vn.baocao.BaocaoApplication",
				"org.springframework.boot.SpringApplication", "org.yaml.snakeyaml.Yaml");
	}

	@Test
	void loadingAheadSkipsWhatIsNoLongerThere() throws IOException {
		Path resource = dir.resolve(ClassList.RESOURCE);
		Files.createDirectories(resource.getParent());
		Files.write(resource,
				List.of("vn.baocao.system.QuickCompiler", "vn.baocao.NoLongerThere", "org.yaml.snakeyaml.Yaml"));
		// the application's classes, this list (not the one a packaged build leaves in
		// target/classes)
		ClassLoader loader = new ClassLoader(ClassListTest.class.getClassLoader()) {
			@Override
			public InputStream getResourceAsStream(String name) {
				try {
					return name.equals(ClassList.RESOURCE) ? Files.newInputStream(resource) : null;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
		assertThat(ClassList.preload(loader)).isEqualTo(2);
	}

	@Test
	void withoutAListNothingIsLoaded() throws IOException {
		try (URLClassLoader empty = new URLClassLoader(new URL[] { dir.toUri().toURL() }, null)) {
			assertThat(ClassList.preload(empty)).isZero();
		}
	}

}
