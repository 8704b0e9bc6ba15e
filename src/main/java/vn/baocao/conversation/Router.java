package vn.baocao.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.baocao.conversation.CommandHandler.Access;
import vn.baocao.conversation.DialogState.AwaitingText;
import vn.baocao.conversation.DialogState.ChoosingHamlet;
import vn.baocao.conversation.DialogState.Filling;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.Invites;

/**
 * Sends each inbound message where it belongs: a command to its handler (after checking
 * who may run it, and where), anything else to the chat's open report. Group chatter is
 * ignored.
 */
public final class Router implements Routing {

	private final Desk desk;

	private final Texts texts;

	private final ReportDialog dialog;

	private final CommitteeChats committee;

	private final Map<String, CommandHandler> handlers = new HashMap<>();

	private final List<CommandHandler> ordered = new ArrayList<>();

	private final GroupRefusals groupRefusals;

	public Router(Desk desk, CommitteeChats committee, SubmissionListener listener, Invites invites,
			List<CommandHandler> extraHandlers) {
		this(desk, committee, listener, invites, JoinListener.none(), extraHandlers);
	}

	public Router(Desk desk, CommitteeChats committee, SubmissionListener listener, Invites invites, JoinListener joins,
			List<CommandHandler> extraHandlers) {
		this(desk, committee, listener, invites, joins, extraHandlers, GroupRefusals.QUIET);
	}

	/**
	 * {@code groupRefusalQuiet}: how long a person refused in a group is not refused
	 * again there.
	 */
	public Router(Desk desk, CommitteeChats committee, SubmissionListener listener, Invites invites, JoinListener joins,
			List<CommandHandler> extraHandlers, java.time.Duration groupRefusalQuiet) {
		this.groupRefusals = new GroupRefusals(groupRefusalQuiet);
		this.desk = desk;
		this.texts = desk.texts();
		this.committee = committee;
		this.dialog = new ReportDialog(desk, listener);
		List<CommandHandler> all = new ArrayList<>(LeadCommands.all(dialog, new MyReport(desk, dialog), texts));
		all.add(new StartCommand(desk, invites, joins));
		all.add(new HelpCommand());
		all.addAll(extraHandlers);
		for (CommandHandler handler : all) {
			for (String name : handler.names()) {
				if (handlers.putIfAbsent(name, handler) != null) {
					throw new IllegalStateException("Two handlers for the command /" + name);
				}
			}
			ordered.add(handler);
		}
	}

	@Override
	public Turn route(Inbound in, DialogState state) {
		if (in.content() instanceof Inbound.Button button && button.payload().startsWith("/")
				&& Inbound.parseText(button.payload()) instanceof Inbound.Command command) {
			// a button that stands for a command (the review buttons of a digest) runs it
			// as if typed, with the same checks of who may run it
			return command(in, command, state);
		}
		if (state instanceof AwaitingText awaiting) {
			return awaiting(in, awaiting);
		}
		if (in.content() instanceof Inbound.Command command) {
			return command(in, command, state);
		}
		if (!in.isPrivate()) {
			return new Turn(state, List.of());
		}
		if (state instanceof Filling filling) {
			return dialog.answer(in, filling);
		}
		if (state instanceof ChoosingHamlet choosing) {
			return dialog.chooseHamlet(in, choosing);
		}
		if (in.content() instanceof Inbound.Button) {
			return dialog.stale(in, state);
		}
		boolean lead = !dialog.ledHamlets(in).isEmpty();
		if (!lead && in.content() instanceof Inbound.Text text && Invites.looksLikeCode(text.text())) {
			// Zalo has no deep links: a newcomer joins by sending the code they were
			// given
			return command(in, new Inbound.Command("start", text.text().strip()), state);
		}
		return Turn.of(state,
				ReportDialog.reply(in, texts.get(lead ? "idle.hint" : desk.unitsKey("lead.not-assigned"))));
	}

	/** The line a command waits for completes it; a command or a button drops it. */
	private Turn awaiting(Inbound in, AwaitingText awaiting) {
		DialogState idle = awaiting.toIdle();
		if (in.content() instanceof Inbound.Command command) {
			if (command.name().equals("cancel") || command.name().equals("huy")) {
				return Turn.of(idle, ReportDialog.reply(in, texts.get("awaiting.cancelled")));
			}
			return command(in, command, idle);
		}
		if (!in.isPrivate()) {
			return new Turn(awaiting, List.of());
		}
		if (in.content() instanceof Inbound.Text text && !text.text().isBlank()) {
			return command(in, new Inbound.Command(awaiting.command(), awaiting.args() + " " + text.text().strip()),
					idle);
		}
		return Turn.of(awaiting, ReportDialog.reply(in, texts.get("awaiting.text")));
	}

	private Turn command(Inbound in, Inbound.Command command, DialogState state) {
		CommandHandler handler = handlers.get(command.name());
		boolean group = !in.isPrivate();
		boolean committeeGroup = group && committee.isCommittee(in.channel(), in.chatId());
		if (handler == null) {
			return group ? new Turn(state, List.of())
					: Turn.of(state, ReportDialog.reply(in, texts.get("command.unknown", command.name())));
		}
		if (group && !committeeGroup && !(handler instanceof HelpCommand)
				&& !(isGroupBinding(handler) && isAdmin(in))) {
			// elsewhere the bot answers only /help; /setgroup from anyone but an admin is
			// chatter too
			return new Turn(state, List.of());
		}
		if (handler.access() == Access.ADMIN && !isAdmin(in)) {
			return refuse(in, state, "admin.refused");
		}
		if (handler.access() == Access.PRIVATE && group) {
			return refuse(in, state, "command.private-only");
		}
		return handler.handle(in, command, state);
	}

	/** A refusal; in a group at most one per person per ten minutes, then silence. */
	private Turn refuse(Inbound in, DialogState state, String key) {
		if (!in.isPrivate() && !groupRefusals.mayRefuse(in, desk.calendar().now())) {
			return new Turn(state, List.of());
		}
		return Turn.of(state, ReportDialog.reply(in, texts.get(key)));
	}

	/**
	 * /setgroup must work in a group that is not yet the committee's: that is its
	 * purpose.
	 */
	private static boolean isGroupBinding(CommandHandler handler) {
		return handler.names().contains("setgroup");
	}

	public boolean isAdmin(Inbound in) {
		return desk.campaign().admins().contains(in.channel(), in.user().ref().userId());
	}

	/** /help, /trogiup: the commands this user may use here, with what they do. */
	private final class HelpCommand implements CommandHandler {

		@Override
		public List<String> names() {
			return List.of("help", "trogiup");
		}

		@Override
		public Access access() {
			return Access.ANYONE;
		}

		@Override
		public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
			boolean admin = isAdmin(in);
			boolean adminHere = in.isPrivate() || committee.isCommittee(in.channel(), in.chatId());
			List<String> lines = new ArrayList<>();
			lines.add(texts.get("help.title"));
			for (CommandHandler handler : ordered) {
				boolean allowed = switch (handler.access()) {
					case PRIVATE -> in.isPrivate();
					case ADMIN -> admin && (adminHere || isGroupBinding(handler));
					case ANYONE -> true;
				};
				if (allowed) {
					List<String> names = handler.names();
					String aliases = names.size() > 1 ? " (/" + String.join(", /", names.subList(1, names.size())) + ")"
							: "";
					String key = "help.cmd." + names.get(0);
					String description = texts.has(key) ? texts.get(key) : handler.description();
					lines.add(texts.get("help.line", names.get(0), aliases, description));
				}
			}
			lines.add(texts.get("help.numbers"));
			return Turn.of(state, ReportDialog.reply(in, String.join("\n", lines)));
		}

	}

}
