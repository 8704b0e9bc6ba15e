package vn.baocao.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: PostgreSQL when BAOCAO_DB_URL is set (a {@code jdbc:postgresql:} URL,
 * with BAOCAO_DB_USER / BAOCAO_DB_PASSWORD), so that several instances can share it; else
 * the SQLite file at BAOCAO_DB_PATH, the default.
 * <p>
 * PostgreSQL takes concurrent writers: its pool has {@code baocao.db-pool-size}
 * connections (default 10). SQLite has one writer at a time, and keeps its measured
 * arrangement whatever that setting says: WAL lets readers work beside the writer;
 * busy_timeout and IMMEDIATE transactions make a second writer wait instead of failing
 * with "database is locked"; four connections were measured to be enough (see DESIGN.md).
 * {@code synchronous=FULL}: in WAL mode NORMAL syncs only at checkpoints, so a power cut
 * could take the last commits, after the lead was told "Đã nhận"; FULL syncs the WAL at
 * every commit (its cost is measured in docs/RELIABILITY.md).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	static final int POOL_SIZE = 4;

	static final String POSTGRESQL = "jdbc:postgresql:";

	@Bean
	DataSource dataSource(BaocaoProperties properties, @Value("${baocao.db-synchronous:FULL}") String synchronous,
			@Value("${baocao.db-url:}") String url, @Value("${baocao.db-user:}") String user,
			@Value("${baocao.db-password:}") String password, @Value("${baocao.db-pool-size:10}") String poolSize) {
		if (!url.isBlank()) {
			return postgresql(url.strip(), user, password, poolSize);
		}
		return sqlite(properties, synchronous);
	}

	static DataSource postgresql(String url, String user, String password, String poolSize) {
		if (!url.startsWith(POSTGRESQL)) {
			throw new BadSettingException("BAOCAO_DB_URL (baocao.db-url)", url,
					"expected a PostgreSQL JDBC URL such as jdbc:postgresql://127.0.0.1:5432/baocao; "
							+ "leave it unset for the SQLite file at BAOCAO_DB_PATH");
		}
		int size;
		try {
			size = Integer.parseInt(poolSize.strip());
		}
		catch (NumberFormatException ex) {
			size = 0;
		}
		if (size < 2 || size > 200) {
			throw new BadSettingException("BAOCAO_DB_POOL_SIZE (baocao.db-pool-size)", poolSize,
					"expected a number of connections from 2 to 200 (default 10)");
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("baocao-db");
		config.setJdbcUrl(url);
		if (!user.isBlank()) {
			config.setUsername(user);
		}
		if (!password.isEmpty()) {
			config.setPassword(password);
		}
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(Math.min(2, size));
		return new HikariDataSource(config);
	}

	private static DataSource sqlite(BaocaoProperties properties, String synchronous) {
		Path file = properties.dbPath().toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new BadSettingException("BAOCAO_DB_PATH (baocao.db-path)", properties.dbPath(),
					"cannot create the folder " + file.getParent() + " (" + ex.getMessage() + ")");
		}
		if (Files.isDirectory(file)) {
			throw new BadSettingException("BAOCAO_DB_PATH (baocao.db-path)", properties.dbPath(),
					"is a folder; expected the path of a database file, e.g. data/baocao.db");
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("baocao-db");
		if (!synchronous.matches("(?i)FULL|NORMAL|EXTRA")) {
			throw new BadSettingException("baocao.db-synchronous", synchronous,
					"expected FULL (the default), EXTRA or NORMAL");
		}
		config.setJdbcUrl(url(file).replace("synchronous=FULL", "synchronous=" + synchronous.toUpperCase()));
		config.setMaximumPoolSize(POOL_SIZE);
		config.setMinimumIdle(1);
		return new HikariDataSource(config);
	}

	static String url(Path file) {
		return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000"
				+ "&transaction_mode=IMMEDIATE&foreign_keys=true";
	}

}
