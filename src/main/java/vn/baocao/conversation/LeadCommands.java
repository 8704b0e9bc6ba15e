package vn.baocao.conversation;

import java.util.List;
import java.util.function.BiFunction;

import vn.baocao.messaging.Texts;

/** The hamlet lead's commands, each a thin entry into the report dialogue. */
final class LeadCommands {

	private LeadCommands() {
	}

	static List<CommandHandler> all(ReportDialog dialog, MyReport myReport, Texts texts) {
		return List.of(simple(List.of("report", "baocao"), (in, state) -> dialog.start(in, state, Draft.Mode.NEW)),
				simple(List.of("edit", "sua"), (in, state) -> dialog.start(in, state, Draft.Mode.EDIT)),
				simple(List.of("cancel", "huy"), dialog::cancel), simple(List.of("back", "lai"), dialog::back),
				simple(List.of("skip", "bo"), dialog::skip), simple(List.of("myreport", "xem"), myReport::show));
	}

	private static CommandHandler simple(List<String> names, BiFunction<Inbound, DialogState, Turn> action) {
		return new CommandHandler() {

			@Override
			public List<String> names() {
				return names;
			}

			@Override
			public Access access() {
				return Access.PRIVATE;
			}

			@Override
			public Turn handle(Inbound in, Inbound.Command command, DialogState state) {
				return action.apply(in, state);
			}

		};
	}

}
