package vn.baocao.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;

/** /audit [n], /nhatky: the latest admin actions, newest first. */
@PerCampaign
@Component
@Order(100)
final class AuditCommand implements CommandHandler {

	static final int DEFAULT_SHOWN = 10;

	private final AdminDesk admin;

	private final AuditLog audit;

	AuditCommand(AdminDesk admin, AuditLog audit) {
		this.admin = admin;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("audit", "nhatky");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.audit");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		int n = DEFAULT_SHOWN;
		if (words.size() > 1) {
			return admin.usage(in, state, "audit");
		}
		if (words.size() == 1) {
			try {
				n = Integer.parseInt(words.get(0));
			}
			catch (NumberFormatException ex) {
				return admin.usage(in, state, "audit");
			}
			if (n < 1 || n > AuditLog.MAX_SHOWN) {
				return admin.usage(in, state, "audit");
			}
		}
		List<AuditLog.Entry> entries = audit.recent(n);
		if (entries.isEmpty()) {
			return admin.answer(in, state, "audit.empty");
		}
		List<String> lines = new ArrayList<>();
		lines.add(admin.text("audit.title", entries.size()));
		for (AuditLog.Entry entry : entries) {
			String args = entry.args().isBlank() ? "" : " " + entry.args();
			lines.add(admin.text("audit.line", admin.dayTime(entry.at()), entry.actorName(), entry.command(), args,
					entry.before(), entry.after()));
		}
		return admin.say(in, state, String.join("\n", lines));
	}

}
