package vn.baocao.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.baocao.admin.AuditLog;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.Inbound;
import vn.baocao.inbox.InboundProcessor;
import vn.baocao.messaging.Outbound;
import vn.baocao.roster.Roster;
import vn.baocao.roster.UserRef;

/**
 * The dashboard's two admin buttons, "Nhắc ngay" and "Gửi tổng hợp": the admin's own
 * {@code /nhac} and {@code /tonghop}, run as if typed in their private chat, so the same
 * checks, services, audit and replies apply (the replies also reach that chat).
 */
@PerCampaign
@Component
class DeskActions {

	/** The commands the dashboard may run, nothing else. */
	enum Action {

		REMIND("nhac"), SUMMARY("tonghop");

		final String command;

		Action(String command) {
			this.command = command;
		}

	}

	private final InboundProcessor processor;

	private final Roster roster;

	private final AuditLog audit;

	private final WebTexts texts;

	DeskActions(InboundProcessor processor, Roster roster, AuditLog audit, WebTexts texts) {
		this.processor = processor;
		this.roster = roster;
		this.audit = audit;
		this.texts = texts;
	}

	/** The bot's answers to the admin, as their chat shows them. */
	List<String> run(WebUser admin, Action action, String args) {
		UserRef ref = admin.ref();
		String chat = roster.privateChatOf(ref);
		audit.record(admin.chatUser(), "web", action.command + (args.isEmpty() ? "" : " " + args),
				texts.get("audit.none"), texts.get("audit.web-action", action.command));
		Inbound in = new Inbound(ref.channel(), chat, Inbound.ChatKind.PRIVATE, admin.chatUser(),
				new Inbound.Command(action.command, args), null);
		return processor.process(in)
			.stream()
			.filter(out -> out.channel() == ref.channel() && out.chatId().equals(chat))
			.map(Outbound::text)
			.toList();
	}

}
