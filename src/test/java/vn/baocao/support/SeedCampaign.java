package vn.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;

/** The shipped seed campaign, whole or as its hamlets alone. */
public final class SeedCampaign {

	private SeedCampaign() {
	}

	public static Campaign whole() {
		return CampaignLoader.load(Path.of("config/campaign.yml"));
	}

	/**
	 * The seed campaign file as it was before organisations and review: its text without
	 * the organisations, review and report-templates (which stand together between the
	 * hamlets and the report), with {@code review: off}. For tests of the schedule and
	 * the summary of the hamlets alone.
	 */
	public static String hamletsOnlyYaml() {
		try {
			String seed = Files.readString(Path.of("config/campaign.yml"));
			int from = seed.indexOf("\norganisations:\n");
			int to = seed.indexOf("\nreport:\n");
			if (from < 0 || to < from) {
				throw new IllegalStateException("config/campaign.yml: organisations are no longer just before report");
			}
			int commentStart = seed.lastIndexOf("\n\n", from) + 1;
			return seed.substring(0, commentStart) + seed.substring(to + 1) + "\nreview: off\n";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@link #hamletsOnlyYaml()} written to {@code file}. */
	public static Path writeHamletsOnly(Path file) {
		try {
			return Files.writeString(file, hamletsOnlyYaml());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The seed's hamlets, report and targets without its organisations, for tests of what
	 * the hamlets alone do; the organisations have tests of their own.
	 */
	public static Campaign hamletsOnly() {
		Campaign c = whole();
		return new Campaign(c.id(), c.name(), c.schedule(), c.committee(), c.admins(), c.hamlets(), c.report(),
				c.ratio(), c.statedTotals(), c.notifications(), c.summaryFiles(), List.of(), c.templates(), false);
	}

}
