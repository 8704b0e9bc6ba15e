package vn.baocao.communes;

import java.nio.file.Path;

import vn.baocao.support.OnPostgres;
import vn.baocao.support.Postgres;
import vn.baocao.support.RunningBot;

/** The same district, on PostgreSQL (one database per test, kept across its restarts). */
@OnPostgres
class SeveralCampaignsPostgresTest extends SeveralCampaignsTest {

	private final String database = Postgres.freshDatabase();

	@Override
	RunningBot start(Path folder) {
		return RunningBot.start(dir.resolve("unused.db"), "baocao.campaign-dir=" + folder, "baocao.db-url=" + database,
				"baocao.db-user=" + Postgres.USER);
	}

}
