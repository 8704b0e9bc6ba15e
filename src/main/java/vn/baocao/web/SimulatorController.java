package vn.baocao.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Hamlet;
import vn.baocao.channel.LocalChannelSwitch;
import vn.baocao.conversation.CommitteeChats;
import vn.baocao.roster.Roster;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;
import vn.baocao.system.BaocaoProperties;

/**
 * {@code GET /}: for a request the local channel would take (this machine, no proxy, no
 * token needed), the chat simulator: pick a person of the campaign and talk to the bot
 * through the local channel, the committee chat beside it. For any other request: how to
 * sign in to the dashboard.
 */
@Controller
class SimulatorController {

	static final String STRANGER = "khach";

	private final LocalDoor door;

	private final Environment environment;

	private final Campaigns campaigns;

	private final BaocaoProperties properties;

	private final WebTexts texts;

	SimulatorController(LocalDoor door, Environment environment, Campaigns campaigns, BaocaoProperties properties,
			WebTexts texts) {
		this.door = door;
		this.environment = environment;
		this.campaigns = campaigns;
		this.properties = properties;
		this.texts = texts;
	}

	/** Someone the simulator can play; their private chat with the bot has their id. */
	record Persona(String userId, String name, String role) {
	}

	@GetMapping("/")
	String home(HttpServletRequest request, Model model) {
		Campaign campaign = campaigns.first();
		CampaignCalendar calendar = campaigns.bean(campaign.id(), CampaignCalendar.class);
		model.addAttribute("campaignName", String.join(" · ", campaigns.all().stream().map(Campaign::name).toList()));
		if (!LocalChannelSwitch.isOn(environment) || !door.admits(request)) {
			return "home";
		}
		List<Persona> personas = new ArrayList<>();
		Map<String, Persona> people = new LinkedHashMap<>();
		for (Campaign each : campaigns.all()) {
			personas(each, people);
		}
		campaigns.folder()
			.districtIfAny()
			.ifPresent(district -> district.admins()
				.on(Channel.LOCAL)
				.forEach(admin -> people.putIfAbsent(admin,
						new Persona(admin, admin, texts.get("persona.district-admin")))));
		people.putIfAbsent(STRANGER,
				new Persona(STRANGER, texts.get("persona.stranger.name"), texts.get("persona.stranger")));
		personas.addAll(people.values());
		model.addAttribute("personas", personas);
		model.addAttribute("committeeChat",
				campaigns.bean(campaign.id(), CommitteeChats.class).chatId(Channel.LOCAL).orElse(null));
		if (properties.now() != null) {
			model.addAttribute("clockNote",
					texts.get("simulator.clock",
							properties.now().format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")),
							calendar.local(calendar.now()).format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))));
		}
		return "simulator";
	}

	/** The local accounts of one campaign: its leads, admins and supervisors. */
	private void personas(Campaign campaign, Map<String, Persona> people) {
		Roster roster = campaigns.bean(campaign.id(), Roster.class);
		Supervisors supervisors = campaigns.bean(campaign.id(), Supervisors.class);
		for (Hamlet hamlet : campaign.hamlets()) {
			for (UserRef lead : roster.leadsOf(hamlet.code())) {
				if (lead.channel() == Channel.LOCAL) {
					people.putIfAbsent(lead.userId(),
							new Persona(lead.userId(), name(roster, lead), texts.get("persona.lead", hamlet.name())));
				}
			}
		}
		for (String admin : campaign.admins().on(Channel.LOCAL)) {
			people.putIfAbsent(admin,
					new Persona(admin, name(roster, new UserRef(Channel.LOCAL, admin)), texts.get("persona.admin")));
		}
		for (Hamlet hamlet : campaign.hamlets()) {
			for (Supervisors.Person person : supervisors.of(hamlet.code())) {
				for (UserRef account : person.accounts()) {
					if (account.channel() == Channel.LOCAL) {
						people.putIfAbsent(account.userId(), new Persona(account.userId(), person.name(),
								texts.get("persona.supervisor", hamlet.name())));
					}
				}
			}
		}
	}

	private static String name(Roster roster, UserRef ref) {
		return roster.find(ref).map(u -> u.shownName()).orElse(ref.userId());
	}

}
