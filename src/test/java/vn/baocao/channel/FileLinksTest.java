package vn.baocao.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.baocao.messaging.Attachment;
import vn.baocao.system.BadSettingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileLinksTest {

	private static final Attachment WORKBOOK = new Attachment("baocao-2024-12-10.xlsx", "Zx3_kq9-AbCdEfGhIjKlMn",
			false);

	@Test
	void aPublicAddressGivesFullLinksToTheDownload() {
		assertThat(FileLinks.at("https://baocao.xa-an-phu.vn").publicLink(WORKBOOK))
			.hasValue("https://baocao.xa-an-phu.vn/api/local/files/Zx3_kq9-AbCdEfGhIjKlMn");
		assertThat(FileLinks.at(" https://baocao.xa-an-phu.vn/bot/ ").publicLink(WORKBOOK))
			.hasValue("https://baocao.xa-an-phu.vn/bot/api/local/files/Zx3_kq9-AbCdEfGhIjKlMn");
		assertThat(FileLinks.path("abc")).isEqualTo("/api/local/files/abc");
	}

	@Test
	void withoutAPublicAddressThereIsNoLinkToGive() {
		assertThat(FileLinks.at(null).publicLink(WORKBOOK)).isEmpty();
		assertThat(FileLinks.at("  ").publicLink(WORKBOOK)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "baocao.xa-an-phu.vn", "ftp://baocao.vn", "https://", "https://baocao.vn/?a=1",
			"https://baocao vn" })
	void anAddressThatIsNoWebAddressStopsTheStartWithTheSettingsName(String value) {
		assertThatThrownBy(() -> FileLinks.at(value)).isInstanceOf(BadSettingException.class)
			.hasMessageStartingWith("BAOCAO_PUBLIC_URL (baocao.public-url)=" + value + ": expected the address");
	}

}
