package vn.baocao.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.roster.Invites.Invite;
import vn.baocao.roster.Invites;

/**
 * /invite, /moi: a one-time code that makes whoever redeems it a lead of the hamlet. In a
 * group the code goes to the admin's private chat instead, since anyone who reads it
 * could use it.
 */
@PerCampaign
@Component
@Order(30)
final class InviteCommand implements CommandHandler {

	static final Duration VALID_FOR = Duration.ofHours(72);

	private final AdminDesk admin;

	private final Invites invites;

	private final ObjectProvider<DeepLinks> links;

	private final AuditLog audit;

	InviteCommand(AdminDesk admin, Invites invites, ObjectProvider<DeepLinks> links, AuditLog audit) {
		this.admin = admin;
		this.invites = invites;
		this.links = links;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("invite", "moi");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.invite");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		if (words.size() != 1) {
			return admin.usage(in, state, "invite");
		}
		Optional<Unit> hamlet = admin.hamlet(words.get(0));
		if (hamlet.isEmpty()) {
			return admin.unknownHamlet(in, state, words.get(0));
		}
		Instant now = admin.calendar().now();
		Invite invite = invites.issue(hamlet.get().code(), Invite.Role.LEAD, in.user().ref(), now, now.plus(VALID_FOR));
		audit.record(in.user(), command.name(), command.args(), admin.text("audit.none"), admin.text("audit.invite",
				masked(invite.code()), hamlet.get().name(), admin.dayTime(invite.expiresAt())));
		String text = admin.text("invite.issued", hamlet.get().name(), invite.code(),
				admin.dayTime(invite.expiresAt()));
		Optional<String> link = link(in, invite.code());
		if (link.isPresent()) {
			text = text + "\n" + admin.text("invite.link", link.get());
		}
		if (in.isPrivate()) {
			return Turn.of(state, Outbound.text(in.channel(), in.chatId(), text));
		}
		Outbound privately = Outbound.text(in.channel(), admin.desk().roster().privateChatOf(in.user().ref()), text);
		return Turn.of(state, admin.reply(in, "invite.sent-privately", hamlet.get().name()), privately);
	}

	private Optional<String> link(Inbound in, String code) {
		return links.orderedStream().map(l -> l.link(in.channel(), code)).flatMap(Optional::stream).findFirst();
	}

	/**
	 * Enough of a code to tell codes apart in the log, too little to redeem it from a
	 * group.
	 */
	static String masked(String code) {
		return code.substring(0, Math.min(3, code.length())) + "•".repeat(Math.max(0, code.length() - 3));
	}

}
