package vn.baocao.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignPreloadTest {

	private static final Path SEED = Path.of("config/campaign.yml");

	@Test
	void theFileBeingReadIsTheCampaignOfThatFile() {
		Campaign campaign = CampaignPreload.Reading.start(SEED).campaign(SEED);

		assertThat(campaign.hamlets()).hasSize(8);
	}

	@Test
	void anotherFileThanTheOneBeingReadIsReadItself(@TempDir Path dir) throws IOException {
		Path other = dir.resolve("other.yml");
		Files.writeString(other, Files.readString(SEED).replace("code: cau", "code: cau2"));

		Campaign campaign = CampaignPreload.Reading.start(SEED).campaign(other);

		assertThat(campaign.hamlets()).extracting(hamlet -> hamlet.code()).contains("cau2").doesNotContain("cau");
	}

	@Test
	void aBadFileFailsAsTheLoaderDoesWhenItsCampaignIsAskedFor(@TempDir Path dir) throws IOException {
		Path bad = dir.resolve("bad.yml");
		Files.writeString(bad, Files.readString(SEED).replace("cleared_m: 3500", "cleard_m: 3500"));

		CampaignPreload.Reading reading = CampaignPreload.Reading.start(bad);

		assertThatThrownBy(() -> reading.campaign(bad)).isInstanceOf(CampaignFileException.class)
			.hasMessageContaining("cleard_m");
	}

}
