package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An ấp: its code used in commands, its name, its targets per report field and its
 * people. Hamlets answer the default template, {@code report}.
 */
public record Hamlet(String code, String name, Map<String, BigDecimal> targets, ChannelIds leads,
		List<Supervisor> supervisors) implements Unit {

	public Hamlet {
		targets = Map.copyOf(targets);
		supervisors = List.copyOf(supervisors);
	}

	@Override
	public UnitKind kind() {
		return UnitKind.HAMLET;
	}

	@Override
	public String template() {
		return DEFAULT_TEMPLATE;
	}

}
