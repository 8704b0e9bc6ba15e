package vn.baocao.conversation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.baocao.roster.Invites;
import vn.baocao.roster.Invites.Redemption;

/** /start [code]: a greeting, or joining a hamlet with an invitation code. */
final class StartCommand implements CommandHandler {

	private final Desk desk;

	private final Invites invites;

	private final JoinListener joins;

	StartCommand(Desk desk, Invites invites, JoinListener joins) {
		this.desk = desk;
		this.invites = invites;
		this.joins = joins;
	}

	@Override
	public List<String> names() {
		return List.of("start", "batdau");
	}

	@Override
	public Access access() {
		return Access.PRIVATE;
	}

	@Override
	public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
		String code = command.args().strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			return Turn.of(state, ReportDialog.reply(in, greeting(in)));
		}
		Redemption result = invites.redeem(code, in.user(), desk.calendar().now());
		String text;
		if (result instanceof Redemption.Joined joined) {
			String hamlet = desk.hamletName(joined.invite().hamletCode());
			text = desk.texts()
				.get(joined.invite().role() == Invites.Invite.Role.LEAD ? "invite.joined.lead"
						: "invite.joined.supervisor", hamlet);
			return Turn.of(state, ReportDialog.reply(in, text)).plus(joins.joined(joined.invite(), in.user()));
		}
		else if (result instanceof Redemption.Wait wait) {
			text = desk.texts().get("invite.wait", desk.calendar().local(wait.until()).format(Desk.TIME));
		}
		else if (result instanceof Redemption.Expired) {
			text = desk.texts().get("invite.expired");
		}
		else if (result instanceof Redemption.AlreadyUsed) {
			text = desk.texts().get("invite.used");
		}
		else {
			text = desk.texts().get("invite.unknown");
		}
		return Turn.of(state, ReportDialog.reply(in, text));
	}

	private String greeting(Inbound in) {
		List<String> led = desk.roster().hamletsLedBy(in.user().ref());
		if (led.isEmpty()) {
			return desk.texts().get(desk.unitsKey("start.stranger"), in.user().shownName(), desk.campaign().name());
		}
		String names = led.stream().map(desk::hamletName).collect(Collectors.joining(", "));
		var schedule = desk.campaign().schedule();
		return desk.texts()
			.get("start.lead", in.user().shownName(), names, schedule.opens().format(Desk.TIME),
					schedule.closes().format(Desk.TIME));
	}

}
