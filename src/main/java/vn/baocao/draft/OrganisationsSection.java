package vn.baocao.draft;

/**
 * {@code organisations:} and {@code review:}: each unit of sections III and IV with the
 * words it was read from, its code and the shipped template its name points to (the
 * default template and a TODO where the name says nothing). The plan gives them no
 * figures of their own; their supervisor is the member of section V who "theo dõi và chỉ
 * đạo các ngành" (the members it names with a unit head it, and a unit's head does not
 * review it).
 */
final class OrganisationsSection implements DraftSection {

	private static final String ITEM = "  ";

	private static final String IN = "    ";

	@Override
	public void write(PlanReading r, DraftOut out) {
		if (r.organisations.isEmpty()) {
			out.comment("", out.texts().get("draft.comment.no-organisations"));
			return;
		}
		out.comment("", out.texts().get("draft.comment.organisations"));
		out.comment("", out.texts().get("draft.comment.organisations.table"));
		OrganisationTemplates.rows().forEach(row -> out.comment("", "  " + row));
		out.line("", "organisations:");
		for (OrganisationReader.DraftOrganisation o : r.organisations) {
			out.line(ITEM, "- code: " + o.code());
			out.quote(IN, o.quote());
			out.line(IN, "name: " + DraftOut.string(o.name()));
			if (o.template() != null) {
				out.line(IN, "template: " + o.template().template() + "   # "
						+ out.texts().get("draft.comment.organisation.template", o.template().words()));
			}
			else {
				out.todo(IN,
						new Todo(Todo.ORGANISATIONS, out.texts().get("draft.todo.organisation.template"), o.quote()));
				out.line(IN, "template: report");
			}
			DraftHamlet.Supervisor s = r.unitsSupervisor;
			if (s != null) {
				out.quote(IN, s.who());
				out.quote(IN, s.where());
				out.line(IN, "supervisors: [ { name: " + DraftOut.string(s.name()) + " } ]");
			}
		}
		out.blank();
		out.comment("", out.texts().get("draft.comment.review"));
		out.line("", "review: on");
	}

}
