package vn.baocao.roster.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Repository;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Supervisor;
import vn.baocao.campaign.Unit;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * {@link Supervisors} on the {@code supervision} table through Spring Data JDBC
 * ({@link SupervisionRows}), with the campaign file's supervisors that have no account
 * shown by name.
 */
@PerCampaign
@Repository
class JdbcSupervisors implements Supervisors {

	private final SupervisionRows rows;

	private final Campaign campaign;

	JdbcSupervisors(SupervisionRows rows, Campaign campaign) {
		this.rows = rows;
		this.campaign = campaign;
	}

	@Override
	public List<Person> of(String hamletCode) {
		Map<String, List<UserRef>> current = new LinkedHashMap<>();
		for (Supervision s : current(hamletCode)) {
			current.computeIfAbsent(s.name(), name -> new ArrayList<>()).add(s.account());
		}
		Set<String> everBound = history(hamletCode).stream().map(Supervision::name).collect(Collectors.toSet());
		List<Person> people = new ArrayList<>();
		for (Supervisor planned : planned(hamletCode)) {
			List<UserRef> accounts = current.remove(planned.name());
			if (accounts != null) {
				people.add(new Person(planned.name(), accounts));
			}
			else if (!everBound.contains(planned.name())) {
				people.add(new Person(planned.name(), List.of()));
			}
		}
		current.forEach((name, accounts) -> people.add(new Person(name, accounts)));
		return people;
	}

	@Override
	public List<String> hamletsOf(UserRef account) {
		Set<String> codes = currentOf(account).stream().map(Supervision::hamletCode).collect(Collectors.toSet());
		return campaign.units().stream().map(Unit::code).filter(codes::contains).toList();
	}

	@Override
	public Optional<Supervision> add(String hamletCode, ChatUser account, String assignedBy, Instant at) {
		if (hamletsOf(account.ref()).contains(hamletCode)) {
			return Optional.empty();
		}
		String name = currentName(account.ref()).or(() -> unboundPlanName(hamletCode)).orElseGet(account::shownName);
		return Optional.of(insert(hamletCode, account.ref(), name, assignedBy, at));
	}

	@Override
	public List<String> link(UserRef supervisor, UserRef otherAccount, String assignedBy, Instant at) {
		List<String> added = new ArrayList<>();
		List<String> already = hamletsOf(otherAccount);
		for (Supervision s : currentOf(supervisor)) {
			if (!already.contains(s.hamletCode())) {
				insert(s.hamletCode(), otherAccount, s.name(), assignedBy, at);
				added.add(s.hamletCode());
			}
		}
		return added;
	}

	@Override
	public boolean end(String hamletCode, UserRef account, Instant at) {
		return rows.end(campaign.id(), hamletCode, account.channel().key(), account.userId(), at.toEpochMilli()) > 0;
	}

	@Override
	public List<Supervision> history(String hamletCode) {
		return rows.findByCampaignIdAndHamletCodeOrderById(campaign.id(), hamletCode)
			.stream()
			.map(JdbcSupervisors::supervision)
			.toList();
	}

	/**
	 * Whether the account ever oversaw the hamlet (the campaign file's ids are applied
	 * once: an admin may have ended them since).
	 */
	boolean hasHistory(String hamletCode, UserRef account) {
		return history(hamletCode).stream().anyMatch(s -> s.account().equals(account));
	}

	Supervision insert(String hamletCode, UserRef account, String name, String assignedBy, Instant at) {
		rows.save(new SupervisionRow(null, campaign.id(), hamletCode, account.channel().key(), account.userId(), name,
				at.toEpochMilli(), null, assignedBy));
		return new Supervision(hamletCode, account, name, at, null, assignedBy);
	}

	private List<Supervision> current(String hamletCode) {
		return history(hamletCode).stream().filter(s -> s.until() == null).toList();
	}

	private List<Supervision> currentOf(UserRef account) {
		return rows
			.findByCampaignIdAndChannelAndUserIdAndSupervisedUntilIsNullOrderById(campaign.id(),
					account.channel().key(), account.userId())
			.stream()
			.map(JdbcSupervisors::supervision)
			.toList();
	}

	private Optional<String> currentName(UserRef account) {
		return currentOf(account).stream().map(Supervision::name).findFirst();
	}

	/** The plan's first supervisor of the hamlet that no account was ever bound to. */
	private Optional<String> unboundPlanName(String hamletCode) {
		Set<String> everBound = history(hamletCode).stream().map(Supervision::name).collect(Collectors.toSet());
		return planned(hamletCode).stream().map(Supervisor::name).filter(name -> !everBound.contains(name)).findFirst();
	}

	private List<Supervisor> planned(String hamletCode) {
		return campaign.unit(hamletCode).map(Unit::supervisors).orElse(List.of());
	}

	private static Supervision supervision(SupervisionRow row) {
		UserRef account = new UserRef(Channel.fromKey(row.channel()).orElseThrow(), row.userId());
		Long until = row.supervisedUntil();
		return new Supervision(row.hamletCode(), account, row.name(), Instant.ofEpochMilli(row.supervisedFrom()),
				until == null ? null : Instant.ofEpochMilli(until), row.assignedBy());
	}

}
