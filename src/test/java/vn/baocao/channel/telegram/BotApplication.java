package vn.baocao.channel.telegram;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.baocao.BaocaoApplication;
import vn.baocao.support.TestClockConfig;

/**
 * The whole application started by hand (test clock included), for scenarios that stop it
 * and start it again on the same database, which a test-managed Spring context cannot do.
 */
public final class BotApplication implements AutoCloseable {

	private final Map<String, String> settings;

	private final ConfigurableApplicationContext context;

	private BotApplication(Map<String, String> settings) {
		this.settings = Map.copyOf(settings);
		// as command-line arguments: application.yml would override default properties
		String[] args = settings.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		this.context = new SpringApplicationBuilder(BaocaoApplication.class, TestClockConfig.class)
			.web(WebApplicationType.NONE)
			.run(args);
	}

	/** The bot with this token on this Bot API, database and campaign file. */
	public static BotApplication start(String token, String apiUrl, Path db, String campaignFile) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("baocao.telegram.token", token);
		settings.put("baocao.telegram.api-url", apiUrl);
		settings.put("baocao.db-path", db.toString());
		settings.put("baocao.campaign-file", campaignFile);
		return new BotApplication(settings);
	}

	/**
	 * Stops this application and starts it again with the same settings, but this one
	 * changed.
	 */
	public BotApplication restart(String key, String value) {
		close();
		Map<String, String> changed = new LinkedHashMap<>(settings);
		changed.put(key, value);
		return new BotApplication(changed);
	}

	public BotApplication restart() {
		close();
		return new BotApplication(settings);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
