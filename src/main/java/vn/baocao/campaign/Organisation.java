package vn.baocao.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit that reports beside the hamlets (the commune police, the health station, the
 * women's union…), with a report template of its own.
 */
public record Organisation(String code, String name, String template, Map<String, BigDecimal> targets, ChannelIds leads,
		List<Supervisor> supervisors) implements Unit {

	public Organisation {
		targets = Map.copyOf(targets);
		supervisors = List.copyOf(supervisors);
	}

	@Override
	public UnitKind kind() {
		return UnitKind.ORGANISATION;
	}

}
