package vn.baocao.campaign;

import java.util.List;

/**
 * The campaigns this deployment serves and each one's own components (see
 * {@link PerCampaign}): how the shared parts (the way in, the scheduler's jobs, the web
 * console) reach the campaign an update, a job or a session belongs to.
 */
public interface Campaigns {

	CampaignFolder folder();

	/** The component of {@code type} that works for the campaign {@code campaignId}. */
	<T> T bean(String campaignId, Class<T> type);

	default List<Campaign> all() {
		return folder().campaigns();
	}

	default boolean several() {
		return folder().several();
	}

	/** The campaign of that id; an unknown id is a programming error. */
	default Campaign get(String campaignId) {
		return folder().find(campaignId)
			.orElseThrow(() -> new IllegalArgumentException("No campaign '" + campaignId + "' is served here"));
	}

	/** The first campaign (the only one of a single campaign file). */
	default Campaign first() {
		return all().get(0);
	}

}
