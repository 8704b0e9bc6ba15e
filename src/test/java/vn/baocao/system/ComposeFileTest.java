package vn.baocao.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district's compose file and its nginx: PostgreSQL, two instances on it by webhook,
 * nothing of the instances published but through nginx, and nginx routing the webhooks
 * and file links while the local channel and the actuator stay unreachable from outside.
 * (No Docker here: the files are read, not run.)
 */
class ComposeFileTest {

	@SuppressWarnings("unchecked")
	private static Map<String, Object> services() throws IOException {
		Map<String, Object> compose = new Yaml()
			.load(Files.readString(Path.of("compose.yaml"), StandardCharsets.UTF_8));
		return (Map<String, Object>) compose.get("services");
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoInstancesOnPostgresByWebhookBehindNginxOnly() throws IOException {
		Map<String, Object> services = services();
		assertThat(services).containsOnlyKeys("db", "baocao-1", "baocao-2", "proxy");
		for (String instance : List.of("baocao-1", "baocao-2")) {
			Map<String, Object> service = (Map<String, Object>) services.get(instance);
			Map<String, Object> env = (Map<String, Object>) service.get("environment");
			assertThat(String.valueOf(env.get("BAOCAO_DB_URL"))).startsWith("jdbc:postgresql://db:5432/");
			assertThat(String.valueOf(env.get("TELEGRAM_WEBHOOK_URL"))).startsWith("https://")
				.endsWith("/api/telegram/webhook");
			assertThat(String.valueOf(env.get("TELEGRAM_WEBHOOK_SECRET"))).contains(":?");
			assertThat(env.get("BAOCAO_LOCAL_CHANNEL")).isEqualTo("off");
			assertThat(service).as(instance + " publishes no port").doesNotContainKey("ports");
		}
		Map<String, Object> db = (Map<String, Object>) services.get("db");
		assertThat(db).doesNotContainKey("ports");
		Map<String, Object> proxy = (Map<String, Object>) services.get("proxy");
		assertThat((List<String>) proxy.get("ports")).containsExactly("80:80");
	}

	@Test
	void nginxRoutesTheWebhooksAndFilesButNotTheLocalChannel() throws IOException {
		String conf = Files.readString(Path.of("config/nginx/baocao.conf"), StandardCharsets.UTF_8);
		assertThat(conf).contains("server baocao-1:8080", "server baocao-2:8080");
		assertThat(conf).containsPattern("location = /api/telegram/webhook \\{[^}]*proxy_pass http://baocao_any;");
		assertThat(conf).containsPattern("location = /api/zalo/webhook \\{[^}]*proxy_pass http://baocao_any;");
		assertThat(conf).contains("location /api/local/files/ { proxy_pass http://baocao_any; }");
		assertThat(conf).contains("location /api/      { return 404; }", "location /actuator/ { return 404; }");
		assertThat(conf).doesNotContainPattern("location /api/local/ ");
		// the console's session lives in one instance: its clients stick to it
		assertThat(conf).containsPattern("upstream baocao_console \\{\\s*ip_hash;");
	}

}
