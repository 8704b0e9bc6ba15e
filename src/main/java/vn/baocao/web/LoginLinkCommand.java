package vn.baocao.web;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.baocao.admin.AuditLog;
import vn.baocao.campaign.CampaignCalendar;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.Desk;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;

/**
 * {@code /web}, {@code /dangnhap}: a one-time link that signs an admin or a supervisor in
 * to the dashboard. Private chats only, since whoever reads the link can use it.
 */
@PerCampaign
@Component
class LoginLinkCommand implements CommandHandler {

	private final LoginLinks links;

	private final Desks desks;

	private final LinkBase base;

	private final CampaignCalendar calendar;

	private final AuditLog audit;

	private final WebTexts texts;

	LoginLinkCommand(LoginLinks links, Desks desks, LinkBase base, CampaignCalendar calendar, AuditLog audit,
			WebTexts texts) {
		this.links = links;
		this.desks = desks;
		this.base = base;
		this.calendar = calendar;
		this.audit = audit;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("web", "dangnhap");
	}

	@Override
	public Access access() {
		return Access.PRIVATE;
	}

	@Override
	public String description() {
		return texts.get("help.web");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		if (!desks.maySignIn(in.user().ref())) {
			return Turn.of(state, Outbound.text(in.channel(), in.chatId(), texts.get("link.refused")));
		}
		Instant now = calendar.now();
		String code = links.issue(in.user(), now);
		Instant until = now.plus(LoginLinks.VALID_FOR);
		String shownUntil = calendar.local(until).format(Desk.TIME);
		audit.record(in.user(), command.name(), "", texts.get("audit.none"),
				texts.get("audit.link-issued", shownUntil));
		String link = base.base() + "/login/" + code;
		return Turn.of(state, Outbound.text(in.channel(), in.chatId(), texts.get("link.issued", link, shownUntil)));
	}

}
