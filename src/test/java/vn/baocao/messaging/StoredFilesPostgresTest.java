package vn.baocao.messaging;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;

/**
 * {@link StoredFilesTest} on a new PostgreSQL database for each test: bytes in a bytea
 * column.
 */
@OnPostgres
class StoredFilesPostgresTest extends StoredFilesTest {

	private HikariDataSource opened;

	@Override
	DataSource database() {
		opened = (HikariDataSource) Postgres.migratedDataSource();
		return opened;
	}

	@Override
	String storedTypeQuery() {
		return "SELECT pg_typeof(bytes)::text FROM stored_file";
	}

	@Override
	String binaryType() {
		return "bytea";
	}

	@AfterEach
	void closeDatabase() {
		opened.close();
	}

}
