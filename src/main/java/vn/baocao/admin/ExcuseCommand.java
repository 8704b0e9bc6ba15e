package vn.baocao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.roster.Excuses.Excuse;
import vn.baocao.roster.Excuses;

/**
 * /excuse &lt;hamlet&gt; [dd/MM] [reason], /vang: the hamlet need not report that day.
 * The second word is the day only when it looks like one, so "/vang cau trưởng ấp ốm"
 * excuses today.
 */
@PerCampaign
@Component
@Order(60)
final class ExcuseCommand implements CommandHandler {

	static final int MAX_REASON = 200;

	private final AdminDesk admin;

	private final Excuses excuses;

	private final Reports reports;

	private final AuditLog audit;

	ExcuseCommand(AdminDesk admin, Excuses excuses, Reports reports, AuditLog audit) {
		this.admin = admin;
		this.excuses = excuses;
		this.reports = reports;
		this.audit = audit;
	}

	@Override
	public List<String> names() {
		return List.of("excuse", "vang");
	}

	@Override
	public Access access() {
		return Access.ADMIN;
	}

	@Override
	public String description() {
		return admin.text("help.excuse");
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		String args = command.args().strip();
		if (args.isEmpty()) {
			return admin.usage(in, state, "excuse");
		}
		String[] parts = args.split("\\s+", 2);
		Optional<Unit> found = admin.hamlet(parts[0]);
		if (found.isEmpty()) {
			return admin.unknownHamlet(in, state, parts[0]);
		}
		Unit hamlet = found.get();
		String rest = parts.length > 1 ? parts[1] : "";
		String[] dayAndReason = rest.split("\\s+", 2);
		LocalDate day;
		String reason;
		if (!rest.isEmpty() && CampaignDays.looksLikeDate(dayAndReason[0])) {
			CampaignDays.Typed typed = CampaignDays.parse(dayAndReason[0], admin.campaign().schedule());
			if (!(typed instanceof CampaignDays.Day typedDay)) {
				return admin.notACampaignDay(in, state, typed, "excuse");
			}
			day = typedDay.day();
			reason = dayAndReason.length > 1 ? dayAndReason[1].strip() : "";
		}
		else {
			day = admin.calendar().today();
			if (!admin.calendar().isCampaignDay(day)) {
				return admin.todayOutside(in, state,
						"/" + command.name() + " " + hamlet.code() + " " + admin.exampleDay());
			}
			reason = rest;
		}
		if (reason.length() > MAX_REASON) {
			return admin.answer(in, state, "excuse.reason-too-long", MAX_REASON);
		}
		Optional<Excuse> before = excuses.find(hamlet.code(), day);
		excuses.excuse(new Excuse(hamlet.code(), day, reason, in.user().ref(), admin.calendar().now()));
		audit.record(in.user(), command.name(), command.args(),
				admin.excuseForAudit(day, before.map(Excuse::reason).orElse(null)), admin.excuseForAudit(day, reason));
		List<Outbound> replies = new ArrayList<>();
		replies.add(reason.isEmpty() ? admin.reply(in, "excuse.done", hamlet.name(), admin.day(day))
				: admin.reply(in, "excuse.done.reason", hamlet.name(), admin.day(day), reason));
		Optional<DailyReport> report = reports.find(hamlet.code(), day);
		if (report.isPresent()) {
			replies.add(admin.reply(in, "excuse.already-reported", hamlet.name(), admin.day(day),
					admin.time(report.get().first().submittedAt())));
		}
		return new Turn(state, replies);
	}

}
