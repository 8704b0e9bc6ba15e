package vn.baocao.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;

/** Runs {@code --draft-campaign} as the command line does and keeps what it printed. */
final class Drafting {

	static final Path SEED = Path.of("config/seed/ke-hoach-dan-van-dot-II-2024.txt");

	static final Path SHIPPED = Path.of("config/campaign.yml");

	/** {@code # dòng 95: "…"} and {@code # TODO dòng 97: reason: "…"}. */
	private static final Pattern QUOTE_LINE = Pattern.compile("^\\s*# (?:TODO )?(?:dòng|đoạn) (\\d+): .*$");

	private Drafting() {
	}

	/** What one run printed, and its exit code. */
	record Result(int exit, String stdout, List<String> stderr) {

		Campaign campaign() {
			return CampaignLoader.parse("draft.yml", new StringReader(stdout));
		}

		/** Each quote of the draft: the plan's line number and the quoted words. */
		List<Quoted> quotes() {
			List<Quoted> quotes = new ArrayList<>();
			for (String line : stdout.split("\n")) {
				Matcher m = QUOTE_LINE.matcher(line);
				int first = line.indexOf('"');
				int last = line.lastIndexOf('"');
				if (m.matches() && first >= 0 && last > first) {
					quotes.add(new Quoted(Integer.parseInt(m.group(1)), line.substring(first + 1, last)));
				}
			}
			return quotes;
		}

		List<String> todoComments() {
			return stdout.lines().map(String::strip).filter(l -> l.startsWith("# TODO ")).toList();
		}

	}

	record Quoted(int line, String text) {
	}

	static Result draft(Path plan) {
		return run(List.of(DraftCampaign.FLAG, plan.toString()));
	}

	static Result run(List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = DraftCampaign.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String errText = err.toString(StandardCharsets.UTF_8);
		return new Result(exit, out.toString(StandardCharsets.UTF_8),
				errText.isEmpty() ? List.of() : List.of(errText.split("\n")));
	}

	static Path write(Path dir, String name, String text) {
		try {
			return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
