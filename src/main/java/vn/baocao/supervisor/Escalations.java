package vn.baocao.supervisor;

import java.time.Instant;
import java.time.LocalDate;

import vn.baocao.roster.UserRef;

/**
 * The escalations already sent: the guard that tells a supervisor account about a hamlet
 * once per stage and day, however often the escalation runs. Written in the transaction
 * that queues the message.
 */
interface Escalations {

	/**
	 * Records that the account is told about the hamlet at this stage of the day; false
	 * when it was already told, and then it must not be told again.
	 */
	boolean claim(SupervisorEscalation.Stage stage, LocalDate day, String hamletCode, UserRef account, Instant at);

}
