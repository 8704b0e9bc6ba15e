package vn.baocao.supervisor;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * Who among a hamlet's supervisors can be told something now, and where: each account on
 * a running channel, in its private chat. A supervisor the plan names without an account
 * is left out.
 */
@PerCampaign
@Component
final class Recipients {

	private final Supervisors supervisors;

	private final Roster roster;

	private final Predicate<Channel> running;

	@Autowired
	Recipients(Supervisors supervisors, Roster roster, Outbox outbox) {
		this(supervisors, roster, outbox::isRunning);
	}

	Recipients(Supervisors supervisors, Roster roster, Predicate<Channel> running) {
		this.supervisors = supervisors;
		this.roster = roster;
		this.running = running;
	}

	/** The accounts of the hamlet's supervisors that a message can reach, each once. */
	List<UserRef> of(String hamletCode) {
		return supervisors.of(hamletCode)
			.stream()
			.flatMap(person -> person.accounts().stream())
			.filter(account -> running.test(account.channel()))
			.distinct()
			.toList();
	}

	Outbound message(UserRef account, String text) {
		return Outbound.text(account.channel(), roster.privateChatOf(account), text);
	}

	Outbound message(UserRef account, String text, List<Option> options) {
		return Outbound.withOptions(account.channel(), roster.privateChatOf(account), text, options);
	}

}
