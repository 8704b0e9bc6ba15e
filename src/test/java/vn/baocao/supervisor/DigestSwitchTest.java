package vn.baocao.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.support.LocalApi;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code notifications.supervisor-digest: false} in the campaign file: reports reach no
 * supervisor, while the supervisor, bound from the file, still oversees the hamlet.
 */
class DigestSwitchTest {

	@TempDir
	Path dir;

	@Test
	void withTheDigestSwitchedOffASupervisorHearsNothingOfReports() throws IOException {
		Path campaign = dir.resolve("campaign.yml");
		Files.writeString(campaign, Files.readString(Path.of("src/test/resources/supervisors/campaign.yml"))
			.replace("supervisor-digest: true", "supervisor-digest: false"));

		try (RunningBot bot = RunningBot.start(dir.resolve("baocao.db"), "baocao.campaign-file=" + campaign)) {
			LocalApi api = bot.local();
			api.send("u1", "u1", "/baocao");
			api.send("u1", "u1", "40");
			api.send("u1", "u1", "/bo");
			api.send("u1", "u1", "/bo");
			assertThat(LocalApi.last(api.send("u1", "u1", "gửi"))).startsWith("✅ Đã nhận báo cáo của Ấp Cầu");

			assertThat(api.transcript("gam")).isEmpty();
			assertThat(LocalApi.last(api.send("gam", "gam", "/apcuatoi"))).contains("Ấp Cầu: ✅ đúng hạn");
		}
	}

}
