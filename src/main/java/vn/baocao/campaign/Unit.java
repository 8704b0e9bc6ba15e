package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit of the plan that reports every campaign day: a hamlet ({@link Hamlet}) or an
 * organisation ({@link Organisation}: a ban ngành, the police, the school, the health
 * station). Codes are unique across both kinds, so a unit code works wherever a hamlet
 * code used to (commands, invites, assignments, excuses, stored reports). Each unit
 * answers the questions of its {@link #template() template}.
 */
public sealed interface Unit permits Hamlet, Organisation {

	/** The template hamlets use, and organisations that name none. */
	String DEFAULT_TEMPLATE = "report";

	String code();

	String name();

	UnitKind kind();

	/**
	 * The key of the report template this unit answers ({@code report} or one of
	 * {@code report-templates}).
	 */
	String template();

	Map<String, BigDecimal> targets();

	ChannelIds leads();

	List<Supervisor> supervisors();

	default boolean isHamlet() {
		return kind() == UnitKind.HAMLET;
	}

}
