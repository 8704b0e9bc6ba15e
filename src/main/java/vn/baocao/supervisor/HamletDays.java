package vn.baocao.supervisor;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.report.Reports;
import vn.baocao.roster.Excuses;

/** Where hamlets stand on a day, read fresh from the reports and the excuses. */
@PerCampaign
@Component
final class HamletDays {

	private final Campaign campaign;

	private final Reports reports;

	private final Excuses excuses;

	HamletDays(Campaign campaign, Reports reports, Excuses excuses) {
		this.campaign = campaign;
		this.reports = reports;
		this.excuses = excuses;
	}

	/** Every hamlet of the campaign, in the campaign file's order. */
	List<HamletDay> of(LocalDate day) {
		return campaign.units().stream().map(h -> of(h, day)).toList();
	}

	HamletDay of(Unit hamlet, LocalDate day) {
		return new HamletDay(hamlet, reports.find(hamlet.code(), day).orElse(null),
				excuses.find(hamlet.code(), day).orElse(null));
	}

}
