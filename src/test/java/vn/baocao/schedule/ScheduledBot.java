package vn.baocao.schedule;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.baocao.BaocaoApplication;
import vn.baocao.support.LocalApi;

/**
 * The whole bot started as {@code java -jar} would start it (real clock, real Quartz on
 * the SQLite file), so a test can stop it and start it again on the same database.
 */
final class ScheduledBot implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final LocalApi api;

	private ScheduledBot(ConfigurableApplicationContext context) {
		this.context = context;
		this.api = new LocalApi(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	static ScheduledBot start(Path campaignFile, Path database, Map<String, String> settings) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("baocao.campaign-file", campaignFile.toString());
		properties.put("baocao.db-path", database.toString());
		properties.put("server.port", "0");
		properties.putAll(settings);
		// As command-line arguments: SpringApplicationBuilder.properties() would lose to
		// application.yml.
		String[] args = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new ScheduledBot(new SpringApplicationBuilder(BaocaoApplication.class).run(args));
	}

	LocalApi api() {
		return api;
	}

	Scheduler scheduler() {
		return context.getBean(Scheduler.class);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/**
	 * The texts the bot sent to a local chat, oldest first; the files that come with a
	 * summary (chart, workbook) are left out.
	 */
	List<String> texts(String chatId) {
		return api.transcript(chatId)
			.stream()
			.filter(e -> "out".equals(e.get("direction")) && !e.containsKey("file"))
			.map(e -> (String) e.get("text"))
			.toList();
	}

	@Override
	public void close() {
		context.close();
	}

}
