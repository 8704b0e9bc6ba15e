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
import vn.baocao.campaign.Hamlet;
import vn.baocao.roster.UserRef;

/**
 * Applies the campaign file's pre-assigned leads once: a lead the file names is assigned
 * unless that person has any assignment history for the hamlet (an admin may have
 * unassigned them since). Runs before any channel starts listening.
 */
@Component
class RosterSeeder implements SmartInitializingSingleton {

	private final JdbcRoster roster;

	private final Campaign campaign;

	private final Clock clock;

	private final TransactionTemplate transactions;

	RosterSeeder(JdbcRoster roster, Campaign campaign, Clock clock, TransactionTemplate transactions) {
		this.roster = roster;
		this.campaign = campaign;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> seed());
	}

	private void seed() {
		Set<String> known = roster.everAssigned();
		List<Map.Entry<String, UserRef>> missing = new ArrayList<>();
		for (Hamlet hamlet : campaign.hamlets()) {
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

}
