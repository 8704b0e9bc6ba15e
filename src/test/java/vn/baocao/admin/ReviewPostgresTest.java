package vn.baocao.admin;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;

/**
 * {@link ReviewTest} on PostgreSQL (BAOCAO_DB_URL): a lead's report through the local
 * channel, a revision, a review and the summary, the same as on the SQLite file.
 */
@OnPostgres
class ReviewPostgresTest extends ReviewTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
