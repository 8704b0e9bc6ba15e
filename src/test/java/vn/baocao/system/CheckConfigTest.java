package vn.baocao.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CheckConfigTest {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

	private String output() {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theSeedPlanIsPrintedAndItsDisagreementsFoundWithExitOne() {
		int exit = CheckConfig.run(List.of(CheckConfig.FLAG, "config/campaign.yml"), out);
		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("Days: 10/12/2024 to 24/12/2024, 15 days")
			.contains("Hamlets (8)")
			.contains(
					"DISAGREEMENT cleared_m (Phát quang, dọn vệ sinh đường): stated total 8.900 m, hamlets' targets add up to 9.900 m")
			.contains("DISAGREEMENT lighting_m")
			.contains("Organisations (16)")
			.contains("Review: on")
			.contains("2 finding(s)");
	}

	@Test
	void aCleanPlanExitsZero(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("c.yml");
		String seed = Files.readString(Path.of("config/campaign.yml"));
		Files.writeString(file, seed.substring(0, seed.indexOf("stated-totals:")));
		assertThat(CheckConfig.run(List.of(CheckConfig.FLAG, file.toString()), out)).isZero();
		assertThat(output()).contains("OK: no disagreements found");
	}

	@Test
	void anUnusableFileExitsTwoWithTheReason(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bad.yml");
		Files.writeString(file, "campaign: {}\n");
		assertThat(CheckConfig.run(List.of(CheckConfig.FLAG, file.toString()), out)).isEqualTo(2);
		assertThat(output()).startsWith("ERROR " + file + ": campaign.id: required, but missing");
	}

	@Test
	void aHamletWithoutASupervisorIsAFinding(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("c.yml");
		String seed = Files.readString(Path.of("config/campaign.yml"));
		String clean = seed.substring(0, seed.indexOf("stated-totals:"));
		Files.writeString(file, clean.replace("""
				    supervisors:
				      - { name: "Lê Đăng Khoa" }
				""", ""));
		assertThat(CheckConfig.run(List.of(CheckConfig.FLAG, file.toString()), out)).isEqualTo(1);
		assertThat(output()).contains("NO SUPERVISOR go-cat (Ấp Gò Cát)").contains("1 finding(s)");
	}

}
