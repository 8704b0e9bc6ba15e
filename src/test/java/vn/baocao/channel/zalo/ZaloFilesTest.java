package vn.baocao.channel.zalo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import vn.baocao.support.TestClockConfig;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Files on Zalo, end to end against the WireMock Bot API: with BAOCAO_PUBLIC_URL set, an
 * admin's /xuat brings a link that downloads the workbook, and the committee's summary
 * brings the chart as a photo by URL, which downloads as the PNG.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestClockConfig.class)
@DirtiesContext
class ZaloFilesTest {

	static final FakeZaloApi zalo = new FakeZaloApi();

	static final int PORT = freePort();

	static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/api/local/files/[A-Za-z0-9_-]+)");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("baocao.public-url", () -> "http://127.0.0.1:" + PORT);
		registry.add("baocao.db-path", () -> dir.resolve("zalo-files.db").toString());
		registry.add("baocao.campaign-file",
				() -> Path.of("src/test/resources/zalo/campaign.yml").toAbsolutePath().toString());
		registry.add("baocao.zalo.token", () -> FakeZaloApi.TOKEN);
		registry.add("baocao.zalo.api-url", zalo::url);
		registry.add("baocao.zalo.poll-timeout", () -> "1s");
		registry.add("baocao.zalo.request-timeout", () -> "2s");
	}

	static {
		zalo.server.stubFor(post(urlPathMatching("/bot[^/]+/sendPhoto")).willReturn(okJson(FakeZaloApi.SEND_OK)));
	}

	@AfterAll
	static void stopZalo() {
		zalo.stop();
	}

	@Test
	void anAdminsExportComesAsALinkThatDownloadsTheWorkbook() throws IOException {
		zalo.text("zl-admin", "/xuat");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> zalo.textsTo("zl-admin").stream().anyMatch(t -> t.startsWith("Tải tệp")));
		List<String> texts = zalo.textsTo("zl-admin");
		assertThat(texts).anyMatch(t -> t.startsWith("Bảng tổng hợp Excel từ ngày 10/12/2024 đến ngày 10/12/2024"));
		String link = texts.stream().filter(t -> t.startsWith("Tải tệp")).findFirst().orElseThrow();
		assertThat(link).startsWith("Tải tệp “baocao-2024-12-10-den-2024-12-10.xlsx” tại: http://127.0.0.1:" + PORT);
		byte[] workbook = download(link);
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			assertThat(xlsx.getSheet("10-12")).isNotNull();
		}
	}

	@Test
	void theCommitteesSummaryShowsTheChartByItsPublicAddress() throws IOException {
		zalo.text("zl-admin", "/tonghop");
		await().atMost(Duration.ofSeconds(30)).until(() -> photos("zl-committee-group").size() == 1);
		String url = photos("zl-committee-group").get(0);
		assertThat(url).startsWith("http://127.0.0.1:" + PORT + "/api/local/files/");
		assertThat(ImageIO.read(new ByteArrayInputStream(download(url))).getWidth()).isEqualTo(1200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> zalo.textsTo("zl-committee-group")
				.stream()
				.anyMatch(t -> t.startsWith("Tải tệp “baocao-2024-12-10.xlsx”")));
	}

	/** The photo URLs sent to a chat with sendPhoto. */
	private static List<String> photos(String chatId) {
		return zalo.requests("sendPhoto")
			.stream()
			.map(r -> JSON.readTree(r.getBodyAsString()))
			.filter(body -> body.path("chat_id").asString().equals(chatId))
			.map(body -> body.path("photo").asString())
			.toList();
	}

	private static byte[] download(String text) {
		Matcher m = LINK.matcher(text);
		assertThat(m.find()).as("a link in " + text).isTrue();
		return RestClient.create().get().uri(m.group(1)).retrieve().body(byte[].class);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
