package vn.baocao.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.baocao.admin.AuditLog;
import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Desk;

/**
 * {@code GET /login/<code>}: a valid one-time code starts a 12-hour session for the
 * person who asked the bot for it and opens the dashboard; a used, expired or unknown
 * code gets a page that says so and no session. {@code GET /signin} says how to get a
 * link.
 */
@Controller
class SignInController {

	static final Duration SESSION = Duration.ofHours(12);

	private final Campaigns campaigns;

	private final WebTexts texts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SessionAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignInController(Campaigns campaigns, WebTexts texts) {
		this.campaigns = campaigns;
		this.texts = texts;
	}

	@GetMapping("/signin")
	String signIn() {
		return "signin";
	}

	@GetMapping("/login/{code}")
	String login(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		Instant now = campaigns.bean(campaigns.first().id(), CampaignCalendar.class).now();
		// the code belongs to the campaign whose chat gave it
		LoginLinks.Redeemed redeemed = new LoginLinks.Unknown();
		String campaignId = campaigns.first().id();
		for (Campaign campaign : campaigns.all()) {
			redeemed = campaigns.bean(campaign.id(), LoginLinks.class).redeem(code, now);
			if (!(redeemed instanceof LoginLinks.Unknown)) {
				campaignId = campaign.id();
				break;
			}
		}
		Desks desks = campaigns.bean(campaignId, Desks.class);
		CampaignCalendar calendar = campaigns.bean(campaignId, CampaignCalendar.class);
		if (!(redeemed instanceof LoginLinks.Valid valid) || !desks.maySignIn(valid.owner().ref())) {
			String reason = reason(redeemed);
			response.setStatus(reason.equals("unknown") ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
			model.addAttribute("reason", texts.get("login.refused." + reason));
			return "login-refused";
		}
		LoginLinks.Owner owner = valid.owner();
		boolean admin = desks.isAdmin(owner.ref());
		WebUser user = new WebUser(owner.ref().channel().key(), owner.ref().userId(), owner.name(), admin,
				now.plus(SESSION), campaignId);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				Roles.of(admin, !desks.unitsOf(owner.ref()).isEmpty() && !admin));
		// a new session id at sign-in: an id planted before cannot ride the new session
		fixation.onAuthentication(authentication, request, response);
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		campaigns.bean(campaignId, AuditLog.class)
			.record(user.chatUser(), "web-login", "", texts.get("audit.none"), texts.get("audit.signed-in",
					channelName(owner.ref().channel()), calendar.local(user.until()).format(Desk.TIME)));
		return "redirect:" + SecurityConfig.DASHBOARD;
	}

	private static String reason(LoginLinks.Redeemed redeemed) {
		if (redeemed instanceof LoginLinks.Used) {
			return "used";
		}
		if (redeemed instanceof LoginLinks.Expired) {
			return "expired";
		}
		return redeemed instanceof LoginLinks.Valid ? "not-allowed" : "unknown";
	}

	private String channelName(Channel channel) {
		return texts.get("channel." + channel.key());
	}

}
