package vn.baocao.system;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignFileException;
import vn.baocao.campaign.CampaignFolder;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.PlanLint;
import vn.baocao.campaign.Schedule;
import vn.baocao.campaign.Unit;
import vn.baocao.report.ViNumber;

/**
 * {@code java -jar baocao-bot.jar --check-config [file]}: prints the campaign's facts and
 * every place where the plan contradicts itself, without starting the bot. Exit 0 clean,
 * 1 findings, 2 an unusable file.
 */
public final class CheckConfig {

	public static final String FLAG = "--check-config";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private CheckConfig() {
	}

	public static int run(List<String> args, PrintStream out) {
		Path file = Path.of(args.size() > 1 ? args.get(1) : defaultFile());
		List<Campaign> campaigns;
		try {
			campaigns = java.nio.file.Files.isDirectory(file) ? CampaignFolder.load(file).campaigns()
					: List.of(CampaignLoader.load(file));
		}
		catch (CampaignFileException ex) {
			out.println("ERROR " + ex.getMessage());
			return 2;
		}
		int worst = 0;
		for (Campaign campaign : campaigns) {
			if (campaigns.size() > 1) {
				out.println();
			}
			worst = Math.max(worst, check(campaign, file, out));
		}
		return worst;
	}

	/** A folder (BAOCAO_CAMPAIGN_DIR) is checked file by file. */
	private static int check(Campaign campaign, Path file, PrintStream out) {
		printFacts(campaign, file, out);
		List<PlanLint.Disagreement> disagreements = PlanLint.disagreements(campaign);
		List<Unit> unsupervised = PlanLint.withoutSupervisor(campaign);
		out.println();
		for (PlanLint.Disagreement d : disagreements) {
			FieldDef field = campaign.field(d.field()).orElseThrow();
			out.printf("DISAGREEMENT %s (%s): stated total %s, hamlets' targets add up to %s (difference %s)%n",
					d.field(), field.label(), ViNumber.format(d.stated(), field.unit()),
					ViNumber.format(d.hamletsSum(), field.unit()),
					ViNumber.format(d.hamletsSum().subtract(d.stated()), field.unit()));
		}
		for (Unit hamlet : unsupervised) {
			out.printf("NO SUPERVISOR %s (%s)%n", hamlet.code(), hamlet.name());
		}
		int findings = disagreements.size() + unsupervised.size();
		out.println(findings == 0 ? "OK: no disagreements found" : findings + " finding(s)");
		return findings == 0 ? 0 : 1;
	}

	private static String defaultFile() {
		String env = System.getenv("BAOCAO_CAMPAIGN_FILE");
		return env == null || env.isBlank() ? BaocaoProperties.DEFAULT_CAMPAIGN_FILE : env;
	}

	private static void printFacts(Campaign campaign, Path file, PrintStream out) {
		Schedule s = campaign.schedule();
		long days = s.startDate().datesUntil(s.endDate().plusDays(1)).count();
		out.printf("Campaign file: %s%n", file);
		out.printf("Campaign: %s (%s)%n", campaign.name(), campaign.id());
		out.printf("Days: %s to %s, %d days, zone %s%n", s.startDate().format(DAY), s.endDate().format(DAY), days,
				s.zone());
		out.printf("Window: %s-%s, reminders %s, summary %s, late until %s%n", s.opens(), s.closes(), s.reminders(),
				s.summaryAt(), s.lateUntil());
		out.printf("Hamlets (%d): %s%n", campaign.hamlets().size(),
				campaign.hamlets().stream().map(h -> h.code() + " " + h.name()).collect(Collectors.joining(", ")));
		if (campaign.hasOrganisations()) {
			out.printf("Organisations (%d): %s%n", campaign.organisations().size(),
					campaign.organisations()
						.stream()
						.map(o -> o.code() + " " + o.name() + " [" + o.template() + "]")
						.collect(Collectors.joining(", ")));
		}
		out.printf("Report: %d fields, %d sections%s%n", campaign.report().fields().size(),
				campaign.report().sections().size(), campaign.report().sectionMenu() ? " (asked as one menu)" : "");
		campaign.templates()
			.forEach((key, template) -> out.printf("Template %s: %d fields, %d sections%n", key,
					template.fields().size(), template.sections().size()));
		out.printf("Review: %s%n", campaign.review() ? "on" : "off");
		PlanLint.targetTotals(campaign).forEach((key, sum) -> {
			FieldDef field = campaign.field(key).orElseThrow();
			BigDecimal stated = campaign.statedTotals().get(key);
			BigDecimal units = PlanLint.sumOfTargets(campaign, key);
			out.printf("Target %s: %s%s%n", key,
					units.signum() > 0 ? "units " + ViNumber.format(units, field.unit()) : "commune only",
					stated == null ? "" : ", stated " + ViNumber.format(stated, field.unit()));
		});
		campaign.ratioCheck()
			.ifPresent(r -> out.printf("Ratio: %s, %s : %s at least %d:%d%n", r.label(), r.left(), r.right(),
					r.leftPart(), r.rightPart()));
	}

}
