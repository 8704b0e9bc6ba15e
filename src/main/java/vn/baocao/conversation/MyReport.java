package vn.baocao.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;

/** /xem: today's report of each hamlet the lead leads, as last amended. */
final class MyReport {

	private final Desk desk;

	private final ReportDialog dialog;

	MyReport(Desk desk, ReportDialog dialog) {
		this.desk = desk;
		this.dialog = dialog;
	}

	Turn show(Inbound in, DialogState state) {
		List<String> hamlets = dialog.ledHamlets(in);
		if (hamlets.isEmpty()) {
			return Turn.of(state, ReportDialog.reply(in, desk.texts().get(desk.unitsKey("lead.not-assigned"))));
		}
		LocalDate today = desk.calendar().today();
		List<Outbound> replies = new ArrayList<>();
		for (String hamlet : hamlets) {
			Optional<DailyReport> report = desk.reports().find(hamlet, today);
			String name = desk.hamletName(hamlet);
			if (report.isEmpty()) {
				replies.add(ReportDialog.reply(in, desk.texts().get("myreport.none", name, today.format(Desk.DAY))));
				continue;
			}
			Revision latest = report.get().latest();
			Revision first = report.get().first();
			String status = desk.texts().get("status." + first.timeliness().name().toLowerCase(java.util.Locale.ROOT));
			replies.add(ReportDialog.reply(in, desk.texts()
				.get("myreport.show", name, today.format(Desk.DAY), status,
						desk.calendar().local(first.submittedAt()).format(Desk.TIME), latest.number(), dialog.answers()
							.lines(desk.campaign().templateOf(report.get().hamletCode()), latest.values()))));
		}
		return new Turn(state, replies);
	}

}
