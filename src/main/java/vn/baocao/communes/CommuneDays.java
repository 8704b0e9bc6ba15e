package vn.baocao.communes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Campaigns;
import vn.baocao.schedule.SummaryService;
import vn.baocao.summary.DailySummary;

/** Each commune's consolidated day, read from its own stored reports. */
final class CommuneDays {

	private final Campaigns campaigns;

	CommuneDays(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	/**
	 * One commune on one day; {@code summary} is null when it is not one of its campaign
	 * days.
	 */
	record Day(Campaign campaign, LocalDate day, DailySummary summary) {

		boolean running() {
			return summary != null;
		}

	}

	/**
	 * Every commune on {@code day} (communes whose campaign does not run that day too).
	 */
	List<Day> on(LocalDate day) {
		List<Day> days = new ArrayList<>();
		for (Campaign campaign : campaigns.all()) {
			CampaignCalendar calendar = campaigns.bean(campaign.id(), CampaignCalendar.class);
			DailySummary summary = calendar.isCampaignDay(day)
					? campaigns.bean(campaign.id(), SummaryService.class).compute(day) : null;
			days.add(new Day(campaign, day, summary));
		}
		return days;
	}

	/** Today in the deployment's zone (every campaign of a folder shares it). */
	LocalDate today() {
		return campaigns.bean(campaigns.first().id(), CampaignCalendar.class).today();
	}

}
