package vn.baocao.channel.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.TestClockConfig;
import vn.baocao.text.Json;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
class LocalChannelTest {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("t.db").toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper jsonMapper;

	LocalApi api;

	@BeforeEach
	void setUp() {
		api = new LocalApi(port);
	}

	@Test
	void reportCommandAsksTheFirstQuestion() {
		List<Reply> replies = api.send("c1", "u1", "/baocao");
		assertThat(LocalApi.last(replies)).contains("Số người dân tham gia");
	}

	@Test
	void theContextAndSpringMvcUseTheOneSharedJsonMapper() throws Exception {
		assertThat(jsonMapper).isSameAs(Json.MAPPER);
		// a field the API does not know is ignored, as with Spring Boot's own mapper
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/local/messages"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"chatId\":\"c2\",\"userId\":\"u2\",\"text\":\"/baocao\",\"client\":\"x\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Bạn chưa được phân công");
	}

}
