package vn.baocao.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;

/**
 * {@link WebAuthorizationMatrixTest} on PostgreSQL: sign-in links, used once, expiring.
 */
@OnPostgres
class WebAuthorizationMatrixPostgresTest extends WebAuthorizationMatrixTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
