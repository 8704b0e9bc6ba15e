package vn.baocao.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With BAOCAO_LOCAL_TOKEN the local channel takes the bearer token from anywhere and
 * nothing else, this machine included; with BAOCAO_LOCAL_CHANNEL=off it is gone, and the
 * rest of the server still answers. Sign-in attempts are limited per address.
 */
class LocalTokenTest {

	private static final String MESSAGE = "{\"chatId\":\"admin1\",\"userId\":\"admin1\",\"text\":\"/trogiup\"}";

	@TempDir
	Path dir;

	@Test
	void withATokenOnlyTheTokenOpensTheDoor() {
		try (RunningBot bot = RunningBot.start(dir.resolve("t.db"),
				"baocao.campaign-file=src/test/resources/web/campaign.yml", "baocao.local.token=s3cret-Token",
				"baocao.web.logins-per-minute=3")) {
			String base = "http://127.0.0.1:" + bot.port();
			WebClient guesser = new WebClient(base);
			for (int i = 0; i < 3; i++) {
				assertThat(guesser.get("/login/" + "a".repeat(42) + i).statusCode()).isEqualTo(404);
			}
			assertThat(guesser.get("/login/" + "b".repeat(43)).statusCode()).as("the fourth try in a minute")
				.isEqualTo(429);
			HttpResponse<String> none = new WebClient(base).postJson("/api/local/messages", MESSAGE);
			assertThat(none.statusCode()).as("loopback without the token").isEqualTo(401);
			assertThat(none.body()).startsWith("{\"error\":\"");
			assertThat(new WebClient(base).with("Authorization", "Bearer s3cret-Tokem")
				.postJson("/api/local/messages", MESSAGE)
				.statusCode()).as("a wrong token").isEqualTo(401);
			assertThat(new WebClient(base).with("Authorization", "Basic czNjcmV0LVRva2Vu")
				.postJson("/api/local/messages", MESSAGE)
				.statusCode()).as("not a bearer token").isEqualTo(401);
			assertThat(new WebClient(base).with("Authorization", "Bearer s3cret-Tokem")
				.get("/api/local/chats/admin1")
				.statusCode()).isEqualTo(401);
			assertThat(new WebClient(base).get("/api/local/chats/admin1").body()).doesNotContain("trogiup");
			HttpResponse<String> right = new WebClient(base).with("Authorization", "Bearer s3cret-Token")
				.with("X-Forwarded-For", "198.51.100.4")
				.postJson("/api/local/messages", MESSAGE);
			assertThat(right.statusCode()).as("the token, through a proxy").isEqualTo(200);
			assertThat(right.body()).contains("/baocao");
			assertThat(new WebClient(base).with("Authorization", "Bearer s3cret-Token")
				.get("/api/local/chats/admin1")
				.body()).contains("trogiup");
			assertThat(new WebClient(base).get("/").body()).as("the browser has no token: no simulator")
				.doesNotContain("id=\"simulator\"");
		}
	}

	@Test
	void switchedOffTheLocalChannelIsGone() {
		try (RunningBot bot = RunningBot.start(dir.resolve("off.db"),
				"baocao.campaign-file=src/test/resources/web/campaign.yml", "baocao.local.channel=off")) {
			String base = "http://127.0.0.1:" + bot.port();
			assertThat(new WebClient(base).postJson("/api/local/messages", MESSAGE).statusCode()).isEqualTo(404);
			assertThat(new WebClient(base).get("/api/local/chats/admin1").statusCode()).isEqualTo(404);
			assertThat(new WebClient(base).get("/").body()).doesNotContain("id=\"simulator\"");
			assertThat(new WebClient(base).get("/actuator/health").statusCode()).isEqualTo(200);
		}
	}

}
