package vn.baocao.draft;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** {@code campaign:}: name, id, days, the report window and the times derived from it. */
final class CampaignSection implements DraftSection {

	private static final String IN = "  ";

	@Override
	public void write(PlanReading r, DraftOut out) {
		out.line("", "campaign:");
		out.todos(IN, r.todos(Todo.CAMPAIGN));
		if (r.name != null) {
			out.quote(IN, r.name.quote());
			out.line(IN, "id: " + HeaderReader.id(r.name.value()) + "   # " + out.texts().get("draft.comment.id"));
			out.line(IN, "name: " + DraftOut.string(r.name.value()));
		}
		else {
			out.line(IN, "# id: ");
			out.line(IN, "# name: ");
		}
		out.quote(IN, r.place == null ? null : r.place.quote());
		out.line(IN, "time-zone: Asia/Ho_Chi_Minh   # " + out.texts().get("draft.comment.zone"));
		if (r.days != null) {
			out.quote(IN, r.days.quote());
			out.line(IN, "start-date: " + r.days.start());
			out.line(IN, "end-date: " + r.days.end());
		}
		else {
			out.line(IN, "# start-date: ");
			out.line(IN, "# end-date: ");
		}
		if (r.window == null) {
			out.line(IN, "# window: { opens: \"\", closes: \"\" }");
			return;
		}
		window(r, out);
	}

	private void window(PlanReading r, DraftOut out) {
		PlanReading.Window w = r.window;
		out.quote(IN, w.quote());
		if (r.weekends != null) {
			out.quote(IN, r.weekends);
			out.comment(IN, out.texts().get("draft.comment.weekends"));
		}
		out.line(IN, "window: { opens: \"" + w.opens() + "\", closes: \"" + w.closes() + "\" }");
		out.comment(IN, out.texts().get("draft.comment.reminders"));
		out.line(IN, "reminders: " + reminders(w));
		out.comment(IN, out.texts().get("draft.comment.summary"));
		LocalTime summary = w.closes().plusMinutes(5);
		out.line(IN, "summary-at: \"" + (summary.isAfter(w.closes()) ? summary : w.closes()) + "\"");
		out.comment(IN, out.texts().get("draft.comment.late"));
		out.line(IN, "late-until: \"23:59\"");
		out.comment(IN, out.texts().get("draft.comment.summary-files"));
		out.line(IN, "summary-files: true");
	}

	/**
	 * Half an hour before the window opens and half an hour before it closes, when it is
	 * open then.
	 */
	private static String reminders(PlanReading.Window w) {
		List<String> times = new ArrayList<>();
		LocalTime beforeOpening = w.opens().minusMinutes(30);
		if (beforeOpening.isBefore(w.opens())) {
			times.add("\"" + beforeOpening + "\"");
		}
		LocalTime beforeClosing = w.closes().minusMinutes(30);
		if (beforeClosing.isAfter(w.opens())) {
			times.add("\"" + beforeClosing + "\"");
		}
		return "[" + String.join(", ", times) + "]";
	}

}
