package vn.baocao.messaging;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;

/**
 * {@link DispatcherTest} on a new PostgreSQL database for each test, migrated by Flyway:
 * the outbox enqueued, taken per chat, sent, retried and given up, and the unreachable
 * chats.
 */
@OnPostgres
class DispatcherPostgresTest extends DispatcherTest {

	private HikariDataSource opened;

	@Override
	DataSource database() {
		opened = (HikariDataSource) Postgres.migratedDataSource();
		return opened;
	}

	@AfterEach
	void closeDatabase() {
		opened.close();
	}

}
