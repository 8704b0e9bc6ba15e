package vn.baocao.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.roster.UserRef;

/**
 * /admins: who may run admin commands, as the campaign file lists them, named where
 * known.
 */
@PerCampaign
@Component
@Order(90)
final class AdminsCommand implements CommandHandler {

	private final AdminDesk admin;

	private final People people;

	AdminsCommand(AdminDesk admin, People people) {
		this.admin = admin;
		this.people = people;
	}

	@Override
	public List<String> names() {
		return List.of("admins", "quantri");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.admins");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> lines = new ArrayList<>();
		lines.add(admin.text("admins.title"));
		for (Channel channel : Channel.values()) {
			List<UserRef> admins = admin.campaign()
				.admins()
				.on(channel)
				.stream()
				.map(id -> new UserRef(channel, id))
				.toList();
			if (!admins.isEmpty()) {
				lines.add(admin.text("admins.line", admin.channelName(channel), people.labels(admins, channel)));
			}
		}
		lines.add(admin.text("admins.hint"));
		return admin.say(in, state, String.join("\n", lines));
	}

}
