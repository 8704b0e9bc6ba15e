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
 * The SQLite file at BAOCAO_DB_PATH. WAL lets readers work beside the writer;
 * busy_timeout and IMMEDIATE transactions make a second writer wait instead of failing
 * with "database is locked"; four connections were measured to be enough (see DESIGN.md).
 * {@code synchronous=FULL}: in WAL mode NORMAL syncs only at checkpoints, so a power cut
 * could take the last commits, after the lead was told "Đã nhận"; FULL syncs the WAL at
 * every commit (its cost is measured in docs/RELIABILITY.md).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	static final int POOL_SIZE = 4;

	@Bean
	DataSource dataSource(BaocaoProperties properties, @Value("${baocao.db-synchronous:FULL}") String synchronous) {
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
