package vn.baocao.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.baocao.BaocaoApplication;

/**
 * The whole application started as a user would start it, on a given SQLite file, so that
 * a test can stop it and start it again on the same file.
 */
public final class RunningBot implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningBot(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RunningBot start(Path database, String... properties) {
		List<String> all = new ArrayList<>(
				List.of("--server.port=0", "--baocao.db-path=" + database, "--spring.main.banner-mode=off"));
		for (String property : properties) {
			all.add("--" + property);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BaocaoApplication.class,
				TestClockConfig.class)
			.run(all.toArray(String[]::new));
		return new RunningBot(context);
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public LocalApi local() {
		return new LocalApi(port());
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
