package vn.baocao.communes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Campaigns;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Router;
import vn.baocao.conversation.Routing;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Option;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.Invites;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;

/**
 * With several campaigns, finds the campaign an update belongs to and hands it to that
 * campaign's router. A committee group is its campaign's; the district's group and the
 * district admins' {@code /xa} go to the district desk; an invite code names its
 * campaign; a private chat works in the campaign it picked, else in the person's only
 * campaign (as a lead, a supervisor or an admin). A person in several is asked once which
 * one (buttons), and {@code /doixa} changes it; the dialogue of the old one is left.
 * Strangers meet the first campaign, which tells them how to join.
 */
public final class CommuneRouting implements Routing {

	static final String PICK = "doixa:";

	private static final List<String> SWITCH = List.of("doixa", "switch");

	private final Campaigns campaigns;

	private final ChatCampaigns picks;

	private final DistrictDesk district;

	private final Texts texts;

	private final Clock clock;

	private final CommitteesEverywhere committees;

	CommuneRouting(Campaigns campaigns, CommitteesEverywhere committees, ChatCampaigns picks, DistrictDesk district,
			Texts texts, Clock clock) {
		this.campaigns = campaigns;
		this.committees = committees;
		this.picks = picks;
		this.district = district;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public Turn route(Inbound in, DialogState state) {
		if (!in.isPrivate()) {
			return group(in, state);
		}
		if (district.handles(in, !memberships(in.user().ref()).isEmpty())) {
			return district.handle(in, state);
		}
		if (in.content() instanceof Inbound.Button button && button.payload().startsWith(PICK)) {
			return pick(in, state, button.payload().substring(PICK.length()));
		}
		if (in.content() instanceof Inbound.Command command && SWITCH.contains(command.name())) {
			return command.args().isBlank() ? ask(in, state, memberships(in.user().ref()), true)
					: pick(in, state, command.args().strip());
		}
		Optional<String> invited = inviteCode(in).flatMap(picks::ofInvite).filter(this::served);
		if (invited.isPresent()) {
			DialogState next = switched(in, invited.get(), state);
			picks.pick(in.channel(), in.chatId(), invited.get(), clock.instant());
			return in(invited.get(), in, next);
		}
		Optional<String> picked = picks.of(in.channel(), in.chatId()).filter(this::served);
		if (picked.isPresent()) {
			return in(picked.get(), in, state);
		}
		List<Campaign> mine = memberships(in.user().ref());
		if (mine.isEmpty()) {
			return in(campaigns.first().id(), in, state);
		}
		if (mine.size() == 1) {
			picks.pick(in.channel(), in.chatId(), mine.get(0).id(), clock.instant());
			return in(mine.get(0).id(), in, state);
		}
		return ask(in, state, mine, false);
	}

	private Turn group(Inbound in, DialogState state) {
		Optional<Campaign> committee = committees.campaignOf(in.channel(), in.chatId());
		if (committee.isPresent()) {
			return in(committee.get().id(), in, state);
		}
		if (district.isDistrictChat(in.channel(), in.chatId())) {
			return district.handle(in, state);
		}
		// a group not bound yet: the campaign its admin works in (so /setgroup binds it
		// there)
		UserRef user = in.user().ref();
		List<Campaign> administered = campaigns.all()
			.stream()
			.filter(c -> c.admins().contains(user.channel(), user.userId()))
			.toList();
		if (administered.size() > 1) {
			String privateChat = campaigns.bean(administered.get(0).id(), Roster.class).privateChatOf(user);
			Optional<String> picked = privateChat == null ? Optional.empty() : picks.of(in.channel(), privateChat)
				.filter(id -> administered.stream().anyMatch(c -> c.id().equals(id)));
			if (picked.isPresent()) {
				return in(picked.get(), in, state);
			}
		}
		return in(administered.isEmpty() ? campaigns.first().id() : administered.get(0).id(), in, state);
	}

	private Turn in(String campaignId, Inbound in, DialogState state) {
		return campaigns.bean(campaignId, Router.class).route(in, state);
	}

	private Turn pick(Inbound in, DialogState state, String campaignId) {
		List<Campaign> mine = memberships(in.user().ref());
		Optional<Campaign> chosen = mine.stream().filter(c -> c.id().equals(campaignId)).findFirst();
		if (chosen.isEmpty()) {
			return ask(in, state, mine, true);
		}
		DialogState next = switched(in, campaignId, state);
		picks.pick(in.channel(), in.chatId(), campaignId, clock.instant());
		return Turn.of(next,
				Outbound.text(in.channel(), in.chatId(), texts.get("communes.picked", chosen.get().name())));
	}

	/**
	 * Changing campaign leaves the dialogue of the old one (its draft would answer the
	 * other campaign's questions).
	 */
	private DialogState switched(Inbound in, String campaignId, DialogState state) {
		boolean same = picks.of(in.channel(), in.chatId()).map(campaignId::equals).orElse(false);
		return same ? state : DialogState.initial();
	}

	private Turn ask(Inbound in, DialogState state, List<Campaign> mine, boolean asked) {
		if (mine.isEmpty()) {
			return Turn.of(state, Outbound.text(in.channel(), in.chatId(), texts.get("communes.none")));
		}
		if (mine.size() == 1 && asked) {
			picks.pick(in.channel(), in.chatId(), mine.get(0).id(), clock.instant());
			return Turn.of(state,
					Outbound.text(in.channel(), in.chatId(), texts.get("communes.only", mine.get(0).name())));
		}
		List<Option> options = mine.stream().map(c -> new Option(c.name(), PICK + c.id())).toList();
		return Turn.of(state, Outbound.withOptions(in.channel(), in.chatId(),
				texts.get(asked ? "communes.choose" : "communes.choose-first", mine.size()), options));
	}

	/** Every campaign where the person leads or oversees a unit or is an admin. */
	List<Campaign> memberships(UserRef user) {
		return campaigns.all().stream().filter(c -> isMember(c, user)).toList();
	}

	private boolean isMember(Campaign campaign, UserRef user) {
		if (campaign.admins().contains(user.channel(), user.userId())) {
			return true;
		}
		return !campaigns.bean(campaign.id(), Roster.class).hamletsLedBy(user).isEmpty()
				|| !campaigns.bean(campaign.id(), Supervisors.class).hamletsOf(user).isEmpty();
	}

	private static Optional<String> inviteCode(Inbound in) {
		if (in.content() instanceof Inbound.Command command && command.name().equals("start")
				&& !command.args().isBlank()) {
			return Optional.of(command.args().strip());
		}
		if (in.content() instanceof Inbound.Text text && Invites.looksLikeCode(text.text())) {
			return Optional.of(text.text().strip());
		}
		return Optional.empty();
	}

	private boolean served(String campaignId) {
		return campaigns.folder().find(campaignId).isPresent();
	}

}
