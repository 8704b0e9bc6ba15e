package vn.baocao.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.baocao.messaging.Texts;

/**
 * {@code java -jar baocao-bot.jar --draft-campaign <plan.txt|plan.docx> [--out <file>]}:
 * a campaign file draft from the plan's text, without starting the bot. The draft goes to
 * standard output, or to the file; what the drafter could not read goes to standard
 * error, one line each. Exit 0 when a draft was written, 2 when the input is not a plan
 * it can read (one line on standard error saying why).
 */
public final class DraftCampaign {

	public static final String FLAG = "--draft-campaign";

	private static final String OUT = "--out";

	private DraftCampaign() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Texts texts = new Texts("messages/draft");
		Path plan;
		Path target = null;
		if (args.size() == 2) {
			plan = Path.of(args.get(1));
		}
		else if (args.size() == 4 && args.get(2).equals(OUT)) {
			plan = Path.of(args.get(1));
			target = Path.of(args.get(3));
		}
		else {
			err.println(texts.get("draft.usage"));
			return 2;
		}
		PlanDrafter.Draft draft;
		try {
			draft = new PlanDrafter(texts).draft(new PlanReader(texts).read(plan));
		}
		catch (NotAPlanException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		if (target == null) {
			out.print(draft.yaml());
			out.flush();
		}
		else {
			try {
				Path parent = target.toAbsolutePath().getParent();
				if (parent != null) {
					Files.createDirectories(parent);
				}
				Files.writeString(target, draft.yaml(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				err.println(texts.get("draft.output.unwritable", target, ex.getMessage()));
				return 2;
			}
		}
		draft.problems().forEach(err::println);
		String where = target == null ? texts.get("draft.written.stdout") : target.toString();
		err.println(texts.get("draft.written", where, String.valueOf(draft.hamlets()),
				String.valueOf(draft.problems().size())));
		return 0;
	}

}
