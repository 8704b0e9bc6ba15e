package vn.baocao.campaign;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code campaign.summary-files}: whether summaries come with their chart and workbook.
 */
class SummaryFilesSettingTest {

	@Test
	void summariesComeWithTheirFilesUnlessTheFileSaysOtherwise() {
		assertThat(CampaignLoaderTest.parse(CampaignLoaderTest.VALID).summaryFiles()).isTrue();
		assertThat(CampaignLoader.load(Path.of("config/campaign.yml")).summaryFiles()).isTrue();
		assertThat(CampaignLoaderTest.parse(withSetting("false")).summaryFiles()).isFalse();
		assertThat(CampaignLoaderTest.parse(withSetting("true")).summaryFiles()).isTrue();
	}

	@Test
	void anythingButTrueOrFalseIsRefusedWithItsPlaceInTheFile() {
		assertThatThrownBy(() -> CampaignLoaderTest.parse(withSetting("\"sometimes\"")))
			.isInstanceOf(CampaignFileException.class)
			.hasMessage("campaign.yml: campaign.summary-files: expected true or false, got 'sometimes'")
			.satisfies(ex -> assertThat(((CampaignFileException) ex).path()).isEqualTo("campaign.summary-files"));
		assertThatThrownBy(() -> CampaignLoaderTest.parse(withSetting("{ daily: true }")))
			.isInstanceOf(CampaignFileException.class)
			.hasMessageStartingWith("campaign.yml: campaign.summary-files: expected true or false");
	}

	@Test
	void aMisspeltSettingIsNamedWithTheAllowedOnes() {
		assertThatThrownBy(() -> CampaignLoaderTest.parse(CampaignLoaderTest.VALID.replace("  summary-at: \"15:05\"\n",
				"  summary-at: \"15:05\"\n  summary-file: true\n")))
			.isInstanceOf(CampaignFileException.class)
			.hasMessageContaining("campaign.summary-file: unknown field")
			.hasMessageContaining("summary-files");
	}

	private static String withSetting(String value) {
		String yaml = CampaignLoaderTest.VALID.replace("  summary-at: \"15:05\"\n",
				"  summary-at: \"15:05\"\n  summary-files: " + value + "\n");
		assertThat(yaml).isNotEqualTo(CampaignLoaderTest.VALID);
		return yaml;
	}

}
