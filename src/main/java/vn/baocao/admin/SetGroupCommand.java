package vn.baocao.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;

/**
 * /setgroup, /datnhom: run inside a group, makes it the committee group of that channel
 * (summaries go there, admins may command there). The Router lets it through in groups
 * that are not yet the committee's, for admins only.
 */
@PerCampaign
@Component
@Order(110)
final class SetGroupCommand implements CommandHandler {

	private final AdminDesk admin;

	private final BoundCommitteeChats committee;

	private final AuditLog audit;

	SetGroupCommand(AdminDesk admin, BoundCommitteeChats committee, AuditLog audit) {
		this.admin = admin;
		this.committee = committee;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("setgroup", "datnhom");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.setgroup");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		if (in.isPrivate()) {
			return admin.answer(in, state, "setgroup.private");
		}
		String channel = admin.channelName(in.channel());
		Optional<String> bound = committee.bound(in.channel());
		if (bound.filter(in.chatId()::equals).isPresent()) {
			return admin.answer(in, state, "setgroup.already", channel);
		}
		Optional<String> before = committee.chatId(in.channel());
		committee.bind(in.channel(), in.chatId(), in.user().ref(), admin.calendar().now());
		audit.record(in.user(), command.name(), command.args(),
				before.map(id -> admin.text("audit.group", id)).orElseGet(() -> admin.text("audit.none")),
				admin.text("audit.group", in.chatId()));
		return admin.answer(in, state, "setgroup.done", channel);
	}

}
