package vn.baocao.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiler choice, each case in a JVM of its own (the test's JVM keeps its
 * compilers): a plain launch gets C1 only, a launch that chose, or BAOCAO_JIT=full, is
 * left alone.
 */
class QuickCompilerTest {

	@Test
	void aPlainLaunchGetsTheQuickCompilerOnly() throws Exception {
		String out = run(List.of());
		assertThat(out).contains("chosen:true").containsPattern("c2directives:\\s*inline:-\\s*Enable:trueExclude:true");
	}

	@Test
	void aLaunchThatChoseItsCompilersIsLeftAsItIs() throws Exception {
		assertThat(run(List.of("-XX:TieredStopAtLevel=1"))).contains("chosen:false").doesNotContain("Exclude:true");
		assertThat(run(List.of("-XX:-TieredCompilation"))).contains("chosen:false");
	}

	@Test
	void theFullCompilersCanBeKeptBySetting() throws Exception {
		assertThat(run(List.of("-Dbaocao.jit=full"))).contains("chosen:false").doesNotContain("Exclude:true");
	}

	/** Chooses in a fresh JVM and prints what the JVM's directives then are. */
	public static void main(String[] args) throws Exception {
		System.out.println("chosen: " + QuickCompiler.choose());
		System.out.println(ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
					new Object[] { new String[0] }, new String[] { String[].class.getName() }));
	}

	private static String run(List<String> jvmOptions) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuickCompilerTest.class.getName()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(out).isZero();
		return out.replace(" ", "");
	}

}
