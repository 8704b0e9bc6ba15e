package vn.baocao.channel.local;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.TestClockConfig;

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

}
