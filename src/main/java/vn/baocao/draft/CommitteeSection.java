package vn.baocao.draft;

/**
 * {@code committee:}, {@code admins:} and {@code notifications:}. The plan has no chat
 * ids: the committee group is bound with /datnhom, admins are added by hand; the plan's
 * report collector and the members who oversee no hamlet are named in comments.
 */
final class CommitteeSection implements DraftSection {

	private static final String IN = "  ";

	@Override
	public void write(PlanReading r, DraftOut out) {
		out.line("", "committee:");
		out.comment(IN, out.texts().get("draft.comment.committee"));
		out.line(IN, "local-chat-id: \"committee\"");
		out.todos(IN, r.todos(Todo.COMMITTEE));
		if (!r.otherMembers.isEmpty()) {
			out.comment(IN, out.texts().get("draft.comment.members"));
			for (Found<String> member : r.otherMembers) {
				out.quote(IN, member.quote());
			}
		}
		out.blank();
		out.line("", "admins:");
		out.comment(IN, out.texts().get("draft.comment.admins"));
		if (r.collector != null) {
			out.comment(IN, out.texts().get("draft.comment.collector", r.collector.value()));
			out.quote(IN, r.collector.quote());
		}
		out.line(IN, "telegram: []");
		out.line(IN, "zalo: []");
		out.line(IN, "local: [\"admin1\"]");
		out.blank();
		out.comment("", out.texts().get("draft.comment.notifications"));
		out.line("", "notifications:");
		out.line(IN, "supervisor-digest: true");
	}

}
