package vn.baocao.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.support.LocalApi;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console with several campaigns: a session shows the campaign whose chat gave
 * its sign-in link, never another commune's units or figures.
 */
class SeveralCampaignsWebTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/login/[A-Za-z0-9_-]+)");

	@TempDir
	Path dir;

	@Test
	void aCommunesAdminSeesTheirCommuneOnly() {
		try (RunningBot bot = RunningBot.start(dir.resolve("baocao.db"),
				"baocao.campaign-dir=src/test/resources/district")) {
			LocalApi api = bot.local();
			api.send("b1", "b1", "/baocao");
			api.send("b1", "b1", "30");
			LocalApi.Reply check = api.send("b1", "b1", "500").get(0);
			api.press("b1", "b1", check.payload("✅ Gửi báo cáo"));

			String phong = signedIn(bot, api, "pa").get("/dashboard").body();
			assertThat(phong).contains("Xã Tân Phong", "id=\"unit-cau\"", "id=\"unit-moi\"")
				.doesNotContain("id=\"unit-tay\"")
				.doesNotContain("Xã Tân Bình");

			String binh = signedIn(bot, api, "pb").get("/dashboard").body();
			assertThat(binh).contains("Xã Tân Bình", "id=\"unit-tay\"", "500 m").doesNotContain("id=\"unit-cau\"");

			assertThat(signedIn(bot, api, "b1") == null).as("a lead gets no link").isTrue();

			String simulator = new WebClient("http://127.0.0.1:" + bot.port()).get("/").body();
			assertThat(simulator).as("the simulator plays the people of every commune and the district's admin")
				.contains("a1", "b1", "pa", "pb", "huyen", "quản trị viên huyện");
		}
	}

	private static WebClient signedIn(RunningBot bot, LocalApi api, String userId) {
		Matcher link = LINK.matcher(LocalApi.all(api.send(userId, userId, "/dangnhap")));
		if (!link.find()) {
			return null;
		}
		WebClient client = new WebClient("http://127.0.0.1:" + bot.port());
		HttpResponse<String> login = client.get(link.group(1));
		assertThat(login.statusCode()).isEqualTo(302);
		return client;
	}

}
