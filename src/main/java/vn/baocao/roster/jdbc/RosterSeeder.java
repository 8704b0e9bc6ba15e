package vn.baocao.roster.jdbc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Supervisor;
import vn.baocao.campaign.Unit;
import vn.baocao.roster.UserRef;
import vn.baocao.storage.SharedDatabase;

/**
 * Applies the campaign file's people once: its pre-assigned leads and the supervisors it
 * names with a chat id. A lead the file names is assigned unless that person has any
 * assignment history for the hamlet (an admin may have unassigned them since). Runs
 * before any channel starts listening.
 */
@PerCampaign
@Component
class RosterSeeder implements SmartInitializingSingleton {

	private final JdbcRoster roster;

	private final JdbcSupervisors supervisors;

	private final Campaign campaign;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final SharedDatabase database;

	RosterSeeder(JdbcRoster roster, JdbcSupervisors supervisors, Campaign campaign, Clock clock,
			TransactionTemplate transactions, SharedDatabase database) {
		this.database = database;
		this.roster = roster;
		this.supervisors = supervisors;
		this.campaign = campaign;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> {
			// two instances starting at once on one PostgreSQL: the second waits, then
			// finds
			// the file's people seeded
			database.holdForTransaction("seed/" + campaign.id());
			seedLeads();
			seedSupervisors();
		});
	}

	private void seedLeads() {
		Set<String> known = roster.everAssigned();
		List<Map.Entry<String, UserRef>> missing = new ArrayList<>();
		for (Unit hamlet : campaign.units()) {
			for (Channel channel : Channel.values()) {
				for (String id : hamlet.leads().on(channel)) {
					UserRef user = new UserRef(channel, id);
					if (known.add(hamlet.code() + "/" + user)) {
						missing.add(Map.entry(hamlet.code(), user));
					}
				}
			}
		}
		if (!missing.isEmpty()) {
			roster.addLeads(missing, "campaign-file", clock.instant());
		}
	}

	/**
	 * Supervisors the file names with a chat id, unless that account has any history for
	 * the hamlet.
	 */
	private void seedSupervisors() {
		for (Unit hamlet : campaign.units()) {
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
