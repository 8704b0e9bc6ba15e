package vn.baocao.conversation;

import java.time.format.DateTimeFormatter;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.messaging.Texts;
import vn.baocao.report.Reports;
import vn.baocao.roster.Roster;

/**
 * What every handler works with: the campaign, its calendar (and so the clock), the texts
 * and the stores. One per application; the inbound message is passed separately.
 */
public record Desk(Campaign campaign, CampaignCalendar calendar, Texts texts, Reports reports, Roster roster) {

	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public String hamletName(String code) {
		return campaign.unit(code).map(h -> h.name()).orElse(code);
	}

	/**
	 * {@code key}, or its {@code .units} variant (saying "ấp hay đơn vị" rather than
	 * "ấp") when the campaign has organisations: for people not yet tied to any unit.
	 */
	public String unitsKey(String key) {
		return campaign.organisations().isEmpty() ? key : key + ".units";
	}

	/** Are these units all hamlets (so the texts may say "ấp")? */
	public boolean allHamlets(java.util.Collection<String> codes) {
		return codes.stream().allMatch(code -> campaign.hamlet(code).isPresent());
	}

}
