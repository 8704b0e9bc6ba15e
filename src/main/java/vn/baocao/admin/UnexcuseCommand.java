package vn.baocao.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.baocao.campaign.PerCampaign;
import vn.baocao.campaign.Unit;
import vn.baocao.conversation.CommandHandler;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Turn;
import vn.baocao.roster.Excuses.Excuse;
import vn.baocao.roster.Excuses;

/**
 * /unexcuse &lt;hamlet&gt; [dd/MM], /huyvang: the hamlet must report that day after all.
 */
@PerCampaign
@Component
@Order(70)
final class UnexcuseCommand implements CommandHandler {

	private final AdminDesk admin;

	private final Excuses excuses;

	private final AuditLog audit;

	UnexcuseCommand(AdminDesk admin, Excuses excuses, AuditLog audit) {
		this.admin = admin;
		this.excuses = excuses;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("unexcuse", "huyvang");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.unexcuse");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		List<String> words = AdminDesk.words(command);
		if (words.isEmpty() || words.size() > 2) {
			return admin.usage(in, state, "unexcuse");
		}
		Optional<Unit> found = admin.hamlet(words.get(0));
		if (found.isEmpty()) {
			return admin.unknownHamlet(in, state, words.get(0));
		}
		Unit hamlet = found.get();
		LocalDate day = admin.calendar().today();
		if (words.size() == 2) {
			CampaignDays.Typed typed = CampaignDays.parse(words.get(1), admin.campaign().schedule());
			if (!(typed instanceof CampaignDays.Day typedDay)) {
				return admin.notACampaignDay(in, state, typed, "unexcuse");
			}
			day = typedDay.day();
		}
		else if (!admin.calendar().isCampaignDay(day)) {
			return admin.todayOutside(in, state, "/" + command.name() + " " + hamlet.code() + " " + admin.exampleDay());
		}
		Optional<Excuse> before = excuses.find(hamlet.code(), day);
		if (before.isEmpty()) {
			return admin.answer(in, state, "unexcuse.none", hamlet.name(), admin.day(day));
		}
		excuses.withdraw(hamlet.code(), day);
		audit.record(in.user(), command.name(), command.args(), admin.excuseForAudit(day, before.get().reason()),
				admin.excuseForAudit(day, null));
		return admin.answer(in, state, "unexcuse.done", hamlet.name(), admin.day(day));
	}

}
