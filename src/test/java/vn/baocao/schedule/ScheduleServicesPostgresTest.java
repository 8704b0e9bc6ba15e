package vn.baocao.schedule;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;

/**
 * {@link ScheduleServicesTest} on PostgreSQL: reminders and summaries recorded once in
 * schedule_run, however often they fire.
 */
@OnPostgres
class ScheduleServicesPostgresTest extends ScheduleServicesTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

}
