package vn.baocao.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.baocao.BaocaoApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

	@Test
	void aBadCampaignFileStopsStartUpWithOneMessageNamingFileFieldAndExpectation(@TempDir Path dir,
			CapturedOutput output) throws IOException {
		Path file = dir.resolve("campaign.yml");
		String seed = Files.readString(Path.of("config/campaign.yml"));
		Files.writeString(file, seed.replace("cleared_m: 3500", "cleard_m: 3500"));

		assertThatThrownBy(() -> new SpringApplicationBuilder(BaocaoApplication.class).run("--server.port=0",
				"--baocao.campaign-file=" + file, "--baocao.db-path=" + dir.resolve("x.db")))
			.isInstanceOf(Exception.class);

		assertThat(output.getOut() + output.getErr()).contains("Campaign file error: " + file
				+ ": hamlets[0].targets.cleard_m: no report field 'cleard_m' (fields: residents, soldiers, cleared_m,")
			.contains("Fix " + file + " (field hamlets[0].targets.cleard_m)");
	}

	@Test
	void anUnusableDatabasePathIsNamedWithWhatWasExpected(@TempDir Path dir, CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BaocaoApplication.class).run("--server.port=0",
				"--baocao.db-path=" + dir))
			.isInstanceOf(Exception.class);
		assertThat(output.getOut() + output.getErr())
			.contains("Setting error: BAOCAO_DB_PATH (baocao.db-path)=" + dir + ": is a folder");
	}

}
