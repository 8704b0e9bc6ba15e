package vn.baocao.roster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The committee members who oversee each hamlet ("phụ trách ấp"), from two sources: the
 * campaign file, which names them (with chat ids where known), and admins at run time,
 * who bind chat accounts to hamlets. A supervision keeps its history like an assignment:
 * ending one sets its end time, it is never deleted.
 *
 * <p>
 * A person is known by name within a hamlet. An account bound at run time takes the name
 * of the plan's supervisor it stands for (so texts keep the plan's names), and a second
 * account of the same person takes that person's name. A supervisor the campaign file
 * names without any chat id, and whom no account was ever bound to, is a person without
 * accounts: shown in texts, never messaged.
 */
public interface Supervisors {

	/** A hamlet's supervisor as texts name them, and the accounts that reach them. */
	record Person(String name, List<UserRef> accounts) {

		public Person {
			accounts = List.copyOf(accounts);
		}

		public boolean isReachable() {
			return !accounts.isEmpty();
		}

	}

	/**
	 * One period in which an account oversaw a hamlet under a name; {@code until} is null
	 * while it lasts.
	 */
	record Supervision(String hamletCode, UserRef account, String name, Instant from, @Nullable Instant until,
			String assignedBy) {
	}

	/**
	 * The hamlet's current supervisors: the campaign file's first, in its order, then
	 * those added at run time.
	 */
	List<Person> of(String hamletCode);

	/**
	 * The names of the hamlet's current supervisors, as a summary shows them beside a
	 * hamlet.
	 */
	default List<String> namesOf(String hamletCode) {
		return of(hamletCode).stream().map(Person::name).toList();
	}

	/** Codes of the hamlets the account currently oversees, in campaign order. */
	List<String> hamletsOf(UserRef account);

	/**
	 * The account starts overseeing the hamlet, and is named: as the same account is
	 * elsewhere; else as the plan's first supervisor of the hamlet no account was ever
	 * bound to; else by its chat name. Empty when it already oversees the hamlet.
	 */
	Optional<Supervision> add(String hamletCode, ChatUser account, String assignedBy, Instant at);

	/**
	 * Another account of a supervisor oversees every hamlet that supervisor oversees,
	 * under the same name; returns the codes of the hamlets it was added to.
	 */
	List<String> link(UserRef supervisor, UserRef otherAccount, String assignedBy, Instant at);

	/**
	 * Ends the account's current supervision of the hamlet; returns whether there was
	 * one.
	 */
	boolean end(String hamletCode, UserRef account, Instant at);

	/** Every supervision of the hamlet, current and ended, oldest first. */
	List<Supervision> history(String hamletCode);

}
