package vn.baocao.summary;

import java.util.List;

/**
 * One hamlet over the whole campaign: how its days went and what it did of its own
 * targets.
 */
public record HamletRecord(String code, String name, int onTime, int late, int missing, int excused,
		List<Progress> progress) {

	public HamletRecord {
		progress = List.copyOf(progress);
	}

}
