package vn.baocao.photo;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;

/**
 * {@link PhotoKeepingTest} on PostgreSQL: kept photos and their bytes in stored_file
 * (bytea there, a blob in SQLite).
 */
@OnPostgres
class PhotoKeepingPostgresTest extends PhotoKeepingTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
