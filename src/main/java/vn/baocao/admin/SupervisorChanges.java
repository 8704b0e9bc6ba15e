package vn.baocao.admin;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Schedule;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.Desk;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors.Person;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * What the supervisor commands share: their texts (the supervisor bundle), how a hamlet's
 * supervisors are named to admins, and what a supervisor hears when an admin adds or
 * removes them.
 */
@PerCampaign
@Component
final class SupervisorChanges {

	private final Texts texts = new Texts("messages/supervisor");

	private final Supervisors supervisors;

	private final Roster roster;

	private final AdminDesk admin;

	SupervisorChanges(Supervisors supervisors, Roster roster, AdminDesk admin) {
		this.supervisors = supervisors;
		this.roster = roster;
		this.admin = admin;
	}

	String text(String key, Object... args) {
		return texts.get(key, args);
	}

	/**
	 * "Ngô Huỳnh Gấm (@gam, Zalo 8123)", "Nguyễn Thế Giang (chưa có tài khoản nhận tin)";
	 * all of the hamlet's, or "nobody".
	 */
	String labels(String hamletCode, Channel viewer) {
		List<Person> people = supervisors.of(hamletCode);
		if (people.isEmpty()) {
			return text("people.none");
		}
		return people.stream().map(person -> label(person, viewer)).collect(Collectors.joining(", "));
	}

	String label(Person person, Channel viewer) {
		if (!person.isReachable()) {
			return text("person.no-account", person.name());
		}
		String accounts = person.accounts()
			.stream()
			.map(account -> account(account, viewer))
			.collect(Collectors.joining(", "));
		return text("person.accounts", person.name(), accounts);
	}

	/** The person the account stands for among the hamlet's supervisors. */
	Optional<Person> personOf(String hamletCode, UserRef account) {
		return supervisors.of(hamletCode).stream().filter(p -> p.accounts().contains(account)).findFirst();
	}

	/** The welcome a new supervisor gets privately: what the bot will tell them, when. */
	Outbound greet(ChatUser supervisor, Unit hamlet) {
		Schedule schedule = admin.campaign().schedule();
		List<LocalTime> reminders = schedule.reminders();
		String at = (reminders.isEmpty() ? schedule.closes() : reminders.get(reminders.size() - 1)).format(Desk.TIME);
		String what = admin.campaign().notifications().supervisorDigest() ? text("supervisor.greeting.digest", at)
				: text("supervisor.greeting.escalation", at);
		return privately(supervisor.ref(), text("supervisor.greeting", supervisor.shownName(), hamlet.name(), what));
	}

	Outbound released(UserRef supervisor, Unit hamlet) {
		return privately(supervisor, text("supervisor.released", hamlet.name()));
	}

	Outbound privately(UserRef user, String text) {
		return Outbound.text(user.channel(), roster.privateChatOf(user), text);
	}

	private String account(UserRef account, Channel viewer) {
		String handle = roster.find(account)
			.map(ChatUser::username)
			.filter(u -> !u.isBlank())
			.map(u -> "@" + u)
			.orElse(account.userId());
		return account.channel() == viewer ? handle
				: text("account.elsewhere", admin.channelName(account.channel()), handle);
	}

}
