package vn.baocao.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Ratio;
import vn.baocao.report.ReviewState;
import vn.baocao.report.ViNumber;

/**
 * Words summaries in Vietnamese, numbers in vi-VN style ({@code 1.330 m},
 * {@code 10.500.000 đ}).
 */
public final class SummaryText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Wording wording = new Wording();

	private final ZoneId zone;

	private final Function<String, List<String>> supervisorsOf;

	private final Function<String, List<String>> notesOf;

	public SummaryText(ZoneId zone) {
		this(zone, code -> List.of());
	}

	/**
	 * {@code supervisorsOf} names who oversees a hamlet, shown beside a hamlet still
	 * missing.
	 */
	public SummaryText(ZoneId zone, Function<String, List<String>> supervisorsOf) {
		this(zone, supervisorsOf, code -> List.of());
	}

	/**
	 * {@code notesOf} gives short notes shown beside a hamlet still missing, such as
	 * "chưa mở bot" when its lead cannot be written to.
	 */
	public SummaryText(ZoneId zone, Function<String, List<String>> supervisorsOf,
			Function<String, List<String>> notesOf) {
		this.zone = zone;
		this.supervisorsOf = supervisorsOf;
		this.notesOf = notesOf;
	}

	public String daily(DailySummary summary, @Nullable SentLate late) {
		List<String> lines = new ArrayList<>();
		lines.add(wording.get("daily.title", summary.day().format(DAY)));
		lines.add(wording.get("daily.campaign", summary.campaignName(), summary.dayNumber(), summary.dayCount()));
		if (late != null) {
			lines.add(lateNotice("daily.late", late));
		}
		lines.add("");
		lines.add(wording.get("daily.reported", summary.reported().size(), summary.hamlets().size()));
		for (HamletDay hamlet : summary.reported()) {
			String key = hamlet.status() == HamletStatus.LATE ? "daily.reported.late" : "daily.reported.on-time";
			lines.add(wording.get(key, hamlet.name(), time(hamlet.reportedAt())));
		}
		if (!summary.organisations().isEmpty()) {
			lines.add(wording.get("daily.organisations.reported", summary.organisationsReported().size(),
					summary.organisations().size()));
			for (HamletDay unit : summary.organisationsReported()) {
				String key = unit.status() == HamletStatus.LATE ? "daily.reported.late" : "daily.reported.on-time";
				lines.add(wording.get(key, unit.name(), time(unit.reportedAt())));
			}
		}
		review(summary, lines);
		missing(summary, lines);
		lines.add("");
		lines.add(wording.get("daily.totals"));
		if (summary.dayTotals().isEmpty()) {
			lines.add(wording.get("daily.totals.none"));
		}
		for (FieldTotal total : summary.dayTotals()) {
			lines.add(wording.get("line.total", total.field().label(), amount(total.field(), total.amount())));
		}
		lines.add("");
		lines.add(wording.get("daily.running", summary.firstDay().format(DAY), summary.day().format(DAY)));
		summary.runningTotals().forEach(p -> lines.add(progress(p, "line.progress", "line.total")));
		if (summary.dayRatio() != null && summary.runningRatio() != null) {
			lines.add("");
			lines.add(ratioTitle(summary.dayRatio().ratio()));
			lines.add(wording.get("daily.ratio.day", ratio(summary.dayRatio())));
			lines.add(wording.get("daily.ratio.running", ratio(summary.runningRatio())));
			List<String> shortOf = summary.shortOfRatio()
				.stream()
				.map(h -> wording.get("daily.ratio.hamlet", h.name(), figures(h.ratio())))
				.toList();
			if (!shortOf.isEmpty()) {
				lines.add(wording.get("daily.ratio.short", String.join(", ", shortOf)));
			}
		}
		return String.join("\n", lines);
	}

	public String campaign(CampaignReport report, @Nullable SentLate late) {
		List<String> lines = new ArrayList<>();
		lines.add(wording.get("final.title", report.campaignName()));
		lines.add(wording.get("final.period", report.firstDay().format(DAY), report.lastDay().format(DAY),
				report.dayCount()));
		if (late != null) {
			lines.add(lateNotice("final.late", late));
		}
		lines.add("");
		lines.add(wording.get("final.totals"));
		report.totals().forEach(p -> lines.add(progress(p, "line.progress", "line.total")));
		if (report.ratio() != null) {
			lines.add("");
			lines.add(ratioTitle(report.ratio().ratio()));
			lines.add(wording.get("final.ratio", ratio(report.ratio())));
		}
		lines.add("");
		lines.add(wording.get("final.hamlets"));
		records(report.hamlets(), lines);
		if (!report.organisations().isEmpty()) {
			lines.add("");
			lines.add(wording.get("final.organisations"));
			records(report.organisations(), lines);
		}
		return String.join("\n", lines);
	}

	private void records(List<HamletRecord> records, List<String> lines) {
		for (HamletRecord hamlet : records) {
			lines.add(hamlet.excused() > 0
					? wording.get("final.hamlet.excused", hamlet.name(), hamlet.onTime(), hamlet.late(),
							hamlet.missing(), hamlet.excused())
					: wording.get("final.hamlet", hamlet.name(), hamlet.onTime(), hamlet.late(), hamlet.missing()));
			hamlet.progress()
				.forEach(p -> lines.add(progress(p, "final.hamlet.progress", "final.hamlet.progress.plain")));
		}
	}

	private void review(DailySummary summary, List<String> lines) {
		if (summary.units().stream().noneMatch(u -> u.review() != null)) {
			return;
		}
		lines.add(wording.get("daily.review", summary.inReview(ReviewState.ACCEPTED).size(),
				summary.inReview(ReviewState.WAITING).size(), summary.inReview(ReviewState.RETURNED).size()));
		List<HamletDay> returned = summary.inReview(ReviewState.RETURNED);
		if (!returned.isEmpty()) {
			lines.add(wording.get("daily.review.returned",
					String.join(", ", returned.stream().map(HamletDay::name).toList())));
		}
	}

	private void missing(DailySummary summary, List<String> lines) {
		lines.add("");
		String units = summary.organisations().isEmpty() ? "" : ".units";
		if (summary.missing().isEmpty()) {
			lines.add(wording.get("daily.missing.none" + units));
		}
		else {
			lines.add(wording.get("daily.missing" + units, summary.missing().size()));
			for (HamletDay hamlet : summary.missing()) {
				List<String> supervisors = supervisorsOf.apply(hamlet.code());
				String line = supervisors.isEmpty() ? wording.get("line.hamlet", hamlet.name())
						: wording.get("line.hamlet.supervised", hamlet.name(), String.join(", ", supervisors));
				List<String> notes = notesOf.apply(hamlet.code());
				lines.add(notes.isEmpty() ? line : line + wording.get("line.hamlet.notes", String.join("; ", notes)));
			}
		}
		if (!summary.excused().isEmpty()) {
			lines.add(wording.get("daily.excused" + units, summary.excused().size()));
			for (HamletDay hamlet : summary.excused()) {
				String reason = hamlet.excuse();
				lines.add(reason == null || reason.isBlank() ? wording.get("line.hamlet", hamlet.name())
						: wording.get("daily.excused.reason", hamlet.name(), reason));
			}
		}
	}

	private String lateNotice(String key, SentLate late) {
		return wording.get(key, time(late.due()), late.due().atZone(zone).toLocalDate().format(DAY), time(late.sent()),
				late.sent().atZone(zone).toLocalDate().format(DAY));
	}

	private String progress(Progress progress, String withTarget, String withoutTarget) {
		FieldDef field = progress.field();
		if (progress.target() == null || progress.percent().isEmpty()) {
			return wording.get(withoutTarget, field.label(), amount(field, progress.done()), "", "");
		}
		return wording.get(withTarget, field.label(), amount(field, progress.done()), amount(field, progress.target()),
				ViNumber.format(progress.percent().get()));
	}

	private String ratioTitle(Ratio ratio) {
		return wording.get("ratio.title", ratio.label(), ratio.leftPart(), ratio.rightPart());
	}

	private String ratio(RatioCheck check) {
		if (!check.hasData()) {
			return wording.get("ratio.no-data");
		}
		String verdict = wording.get(check.met() ? "ratio.met" : "ratio.not-met");
		return wording.get("ratio.value", figures(check), verdict);
	}

	private String figures(@Nullable RatioCheck check) {
		if (check == null) {
			return "";
		}
		String plain = ViNumber.format(check.left()) + " : " + ViNumber.format(check.right());
		return check.rightPerLeft()
			.map(perOne -> wording.get("ratio.figures", plain, ViNumber.format(perOne)))
			.orElse(plain);
	}

	private static String amount(FieldDef field, BigDecimal amount) {
		return ViNumber.format(amount, field.unit());
	}

	private String time(@Nullable Instant instant) {
		return instant == null ? "" : instant.atZone(zone).format(TIME);
	}

	/** The day as the summary writes it, for callers that word around a summary. */
	public static String day(LocalDate day) {
		return day.format(DAY);
	}

}
