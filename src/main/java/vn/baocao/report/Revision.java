package vn.baocao.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.baocao.campaign.Timeliness;
import vn.baocao.roster.UserRef;

/**
 * One submitted version of a hamlet's daily report: who sent what, when, and whether it
 * was late.
 */
public record Revision(int number, Map<String, Value> values, UserRef submittedBy, String submittedByName,
		Instant submittedAt, Timeliness timeliness) {

	public Revision {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

}
