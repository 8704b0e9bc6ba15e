package vn.baocao.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * Who may use the dashboard and what they see: an admin of the campaign file every unit,
 * a supervisor the units they oversee now, anyone else nothing. Asked at every request,
 * so a supervisor an admin removes loses the unit at once.
 */
@PerCampaign
@Component
class Desks {

	private final Campaign campaign;

	private final Supervisors supervisors;

	Desks(Campaign campaign, Supervisors supervisors) {
		this.campaign = campaign;
		this.supervisors = supervisors;
	}

	boolean isAdmin(UserRef ref) {
		return campaign.admins().contains(ref.channel(), ref.userId());
	}

	boolean maySignIn(UserRef ref) {
		return isAdmin(ref) || !supervisors.hamletsOf(ref).isEmpty();
	}

	/**
	 * The units this person sees, hamlets then organisations, each in the campaign file's
	 * order.
	 */
	List<Unit> unitsOf(UserRef ref) {
		if (isAdmin(ref)) {
			return campaign.units();
		}
		List<String> own = supervisors.hamletsOf(ref);
		return campaign.units().stream().filter(u -> own.contains(u.code())).toList();
	}

}
