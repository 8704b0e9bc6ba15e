package vn.baocao.communes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.FieldDef;
import vn.baocao.messaging.FileContent;
import vn.baocao.messaging.Texts;
import vn.baocao.report.ViNumber;
import vn.baocao.summary.FieldTotal;
import vn.baocao.summary.HamletDay;
import vn.baocao.summary.Progress;
import vn.baocao.summary.SummaryText;

/**
 * What the district reads: each commune today ({@code /xa}), the district summary of a
 * day and the district workbook, all from the communes' own stored reports.
 */
class DistrictReports {

	private final Campaigns campaigns;

	private final CommuneDays days;

	private final Texts texts = CommunesTexts.TEXTS;

	DistrictReports(Campaigns campaigns, CommuneDays days) {
		this.campaigns = campaigns;
		this.days = days;
	}

	LocalDate today() {
		return days.today();
	}

	/** The earliest first day of the communes' campaigns. */
	LocalDate firstDay() {
		return campaigns.all().stream().map(c -> c.schedule().startDate()).min(Comparator.naturalOrder()).orElseThrow();
	}

	String shown(LocalDate day) {
		return SummaryText.day(day);
	}

	/** {@code dd/MM} or {@code dd/MM/yyyy}; the year of today when left out. */
	Optional<LocalDate> day(String text) {
		String[] parts = text.strip().split("/");
		try {
			if (parts.length == 2) {
				return Optional
					.of(LocalDate.of(today().getYear(), Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
			}
			if (parts.length == 3) {
				return Optional.of(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
						Integer.parseInt(parts[0])));
			}
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** {@code /xa}: every commune with today's state. */
	String communesToday() {
		LocalDate today = today();
		List<String> lines = new ArrayList<>();
		lines.add(texts.get("district.communes.title", districtName(), shown(today)));
		for (CommuneDays.Day day : days.on(today)) {
			lines.add(communeLine(day));
		}
		return String.join("\n", lines);
	}

	private String communeLine(CommuneDays.Day day) {
		Campaign campaign = day.campaign();
		if (!day.running()) {
			String key = today().isBefore(campaign.schedule().startDate()) ? "district.commune.not-started"
					: "district.commune.ended";
			return texts.get(key, campaign.name(), shown(campaign.schedule().startDate()),
					shown(campaign.schedule().endDate()));
		}
		List<HamletDay> units = day.summary().units();
		long reported = units.stream().filter(u -> u.status().reported()).count();
		List<HamletDay> missing = day.summary().missing();
		if (missing.isEmpty()) {
			return texts.get("district.commune.complete", campaign.name(), reported, units.size());
		}
		return texts.get("district.commune.missing", campaign.name(), reported, units.size(), missing.size(),
				String.join(", ", missing.stream().map(HamletDay::name).toList()));
	}

	/**
	 * The district summary of {@code day}: each commune's reported and missing units, the
	 * communes that reported everything, the district's totals of the day and its running
	 * totals against the communes' summed targets.
	 */
	String summaryText(LocalDate day) {
		DistrictDay district = DistrictDay.of(days.on(day));
		List<String> lines = new ArrayList<>();
		lines.add(texts.get("district.summary.title", districtName(), shown(day)));
		lines.add(texts.get("district.summary.reported", district.reported(), district.expected()));
		lines.add("");
		for (CommuneDays.Day commune : district.communes()) {
			lines.add(communeLine(commune));
		}
		if (!district.dayTotals().isEmpty()) {
			lines.add("");
			lines.add(texts.get("district.summary.day-totals"));
			for (FieldTotal total : district.dayTotals()) {
				lines.add(texts.get("district.summary.line", total.field().label(),
						ViNumber.format(total.amount(), total.field().unit())));
			}
		}
		if (!district.running().isEmpty()) {
			lines.add("");
			lines.add(texts.get("district.summary.running", shown(firstDay()), shown(day)));
			for (Progress progress : district.running()) {
				lines.add(progressLine(progress));
			}
		}
		return String.join("\n", lines);
	}

	private String progressLine(Progress progress) {
		FieldDef field = progress.field();
		String done = ViNumber.format(progress.done(), field.unit());
		if (progress.percent().isEmpty()) {
			return texts.get("district.summary.line", field.label(), done);
		}
		return texts.get("district.summary.progress", field.label(), done,
				ViNumber.format(progress.target(), field.unit()), ViNumber.format(progress.percent().get()));
	}

	/** Every commune on every day from {@code first} to {@code last}, as a workbook. */
	FileContent workbook(LocalDate first, LocalDate last) {
		List<List<CommuneDays.Day>> range = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			range.add(days.on(day));
		}
		return new DistrictWorkbook(districtName(), first, last).write(range);
	}

	String workbookCaption(LocalDate day) {
		return texts.get("district.workbook-caption", shown(day));
	}

	String districtName() {
		return campaigns.folder()
			.districtIfAny()
			.map(d -> d.name())
			.filter(n -> !n.isBlank())
			.orElse(texts.get("district.default-name"));
	}

}
