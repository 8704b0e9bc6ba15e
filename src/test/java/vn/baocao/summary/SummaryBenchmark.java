package vn.baocao.summary;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.ChannelIds;
import vn.baocao.campaign.FieldDef;
import vn.baocao.campaign.Hamlet;
import vn.baocao.campaign.Schedule;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.UserRef;
import vn.baocao.text.MessageSplitter;

/**
 * Not a test: how long the summary takes for a commune far larger than any real one. The
 * seed's report template and ratio with {@code hamlets} generated hamlets over the seed's
 * 15 days, 90 % of them reporting each day (a tenth of those late, a tenth amended once).
 * Prints the time of the last day's summary (running totals over every day), its wording
 * and split for Telegram, and the final report.
 *
 * <p>
 * {@code scripts/bench.sh [hamlets] [rounds]}, defaults 10000 and 5.
 */
public final class SummaryBenchmark {

	private SummaryBenchmark() {
	}

	public static void main(String[] args) {
		int hamletCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Campaign seed = CampaignLoader.load(Path.of("config/campaign.yml"));
		Campaign campaign = withHamlets(seed, hamletCount);
		Schedule schedule = campaign.schedule();
		List<DailyReport> reports = reports(campaign, new Random(42));
		System.out.printf("Summary benchmark: %,d hamlets x %d days, %,d daily reports%n", hamletCount,
				schedule.startDate().datesUntil(schedule.endDate().plusDays(1)).count(), reports.size());

		Consolidator consolidator = new Consolidator(campaign);
		SummaryText text = new SummaryText(schedule.zone());
		long[] daily = new long[rounds];
		long[] wording = new long[rounds];
		long[] finals = new long[rounds];
		int messages = 0;
		int characters = 0;
		for (int round = -2; round < rounds; round++) {
			long t0 = System.nanoTime();
			DailySummary summary = consolidator.daily(schedule.endDate(), reports, Map.of());
			long t1 = System.nanoTime();
			String worded = text.daily(summary, null);
			List<String> parts = MessageSplitter.split(worded, MessageSplitter.limit(Channel.TELEGRAM));
			long t2 = System.nanoTime();
			text.campaign(consolidator.campaign(reports, day -> Map.of()), null);
			long t3 = System.nanoTime();
			if (round >= 0) {
				daily[round] = t1 - t0;
				wording[round] = t2 - t1;
				finals[round] = t3 - t2;
				messages = parts.size();
				characters = worded.length();
			}
		}
		System.out.printf("Daily summary of the last day (computed): median %s ms, best %s ms%n", ms(median(daily)),
				ms(Arrays.stream(daily).min().orElseThrow()));
		System.out.printf("Worded and split for Telegram: median %s ms (%,d characters, %d messages of <= 4096)%n",
				ms(median(wording)), characters, messages);
		System.out.printf("Final report (computed and worded): median %s ms%n", ms(median(finals)));
		System.out.printf("(%d measured rounds after 2 warm-up rounds)%n", rounds);
		// the row of docs/PERFORMANCE.md (scripts/bench.sh keeps the lines that start
		// with '|')
		long summaryNanos = median(daily) + median(wording);
		System.out.printf(
				"| summary for %,d hamlets x %d days (last day, running totals; computed, worded, split) "
						+ "| %s ms (final report %s ms) | ≤ 1 s | %s |%n",
				hamletCount, schedule.startDate().datesUntil(schedule.endDate().plusDays(1)).count(), ms(summaryNanos),
				ms(median(finals)), summaryNanos <= 1_000_000_000L ? "yes" : "NO");
	}

	private static Campaign withHamlets(Campaign seed, int count) {
		List<Hamlet> hamlets = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			Map<String, BigDecimal> targets = Map.of("cleared_m", BigDecimal.valueOf(500 + i % 3000), "houses_finished",
					BigDecimal.valueOf(1 + i % 3), "propaganda_sessions", BigDecimal.ONE);
			hamlets.add(new Hamlet("ap-" + i, "Ấp số " + i, targets, ChannelIds.none(), List.of()));
		}
		return new Campaign(seed.id(), seed.name(), seed.schedule(), seed.committee(), seed.admins(), hamlets,
				seed.report(), seed.ratio(), seed.statedTotals());
	}

	private static List<DailyReport> reports(Campaign campaign, Random random) {
		Schedule schedule = campaign.schedule();
		ZoneId zone = schedule.zone();
		List<FieldDef> numeric = campaign.report().numericFields();
		List<DailyReport> reports = new ArrayList<>();
		UserRef lead = new UserRef(Channel.LOCAL, "lead");
		for (LocalDate day = schedule.startDate(); !day.isAfter(schedule.endDate()); day = day.plusDays(1)) {
			Instant onTime = day.atTime(14, 0).atZone(zone).toInstant();
			for (Hamlet hamlet : campaign.hamlets()) {
				if (random.nextInt(10) == 0) {
					continue;
				}
				boolean late = random.nextInt(10) == 0;
				List<Revision> revisions = new ArrayList<>();
				revisions.add(new Revision(1, values(numeric, random), lead, "Lead",
						late ? onTime.plus(Duration.ofHours(2)) : onTime, late ? Timeliness.LATE : Timeliness.ON_TIME));
				if (random.nextInt(10) == 0) {
					revisions.add(new Revision(2, values(numeric, random), lead, "Lead",
							onTime.plus(Duration.ofHours(3)), Timeliness.LATE));
				}
				reports.add(new DailyReport(hamlet.code(), day, revisions));
			}
		}
		return reports;
	}

	/**
	 * The two required counts and a few of the optional figures, as a typical day has
	 * them.
	 */
	private static Map<String, Value> values(List<FieldDef> numeric, Random random) {
		Map<String, Value> values = new LinkedHashMap<>();
		for (FieldDef field : numeric) {
			if (field.required() || random.nextInt(4) == 0) {
				values.put(field.key(), new Value.Number(BigDecimal.valueOf(random.nextInt(1000))));
			}
		}
		return values;
	}

	private static long median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String ms(long nanos) {
		return String.format("%.1f", nanos / 1_000_000.0);
	}

}
