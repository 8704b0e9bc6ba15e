package vn.baocao.roster.jdbc;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Hamlet;
import vn.baocao.campaign.Supervisor;
import vn.baocao.roster.UserRef;

/**
 * Binds the campaign file's supervisors that have chat ids to their hamlets once, as
 * {@link RosterSeeder} does for leads: an account is bound unless it has any history with
 * the hamlet (an admin may have ended it since). Runs before any channel starts
 * listening.
 */
@Component
class SupervisorSeeder implements SmartInitializingSingleton {

	private final JdbcSupervisors supervisors;

	private final Campaign campaign;

	private final Clock clock;

	private final TransactionTemplate transactions;

	SupervisorSeeder(JdbcSupervisors supervisors, Campaign campaign, Clock clock, TransactionTemplate transactions) {
		this.supervisors = supervisors;
		this.campaign = campaign;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> seed());
	}

	private void seed() {
		for (Hamlet hamlet : campaign.hamlets()) {
			for (Supervisor supervisor : hamlet.supervisors()) {
				for (Map.Entry<Channel, String> id : supervisor.ids().entrySet()) {
					UserRef account = new UserRef(id.getKey(), id.getValue());
					if (!supervisors.hasHistory(hamlet.code(), account)) {
						supervisors.insert(hamlet.code(), account, supervisor.name(), "campaign-file", clock.instant());
					}
				}
			}
		}
	}

}
