package vn.baocao.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Campaigns;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.UserRef;
import vn.baocao.support.LocalApi;
import vn.baocao.support.MutableClock;
import vn.baocao.support.RunningBot;

/**
 * The district summary for 20 communes × 15 units × 15 days (issue 15), the way a
 * district admin asks for it: {@code /tonghop} in the district's group on the last day
 * (every commune's day and running totals, the text and the 15-day district workbook,
 * queued for the group), and {@code /xuat} for the workbook alone; the whole application
 * on a real SQLite file with 4,500 stored reports. Median of 15 after 3 warm-ups.
 */
public final class DistrictBench {

	static final int COMMUNES = 20;

	static final int UNITS = 15;

	static final LocalDate FIRST = LocalDate.of(2024, 12, 10);

	static final int DAYS = 15;

	public static void main(String[] args) throws IOException {
		Path dir = Files.createTempDirectory("baocao-district-bench");
		Path folder = Files.createDirectories(dir.resolve("campaigns"));
		for (int c = 1; c <= COMMUNES; c++) {
			writeCommune(folder, c);
		}
		Files.writeString(folder.resolve("district.yml"), """
				name: "Huyện đo hiệu năng"
				admins: { local: ["huyen"] }
				committee: { local-chat-id: "committee-huyen" }
				""", StandardCharsets.UTF_8);
		try (RunningBot bot = RunningBot.start(dir.resolve("baocao.db"), "baocao.campaign-dir=" + folder,
				"logging.level.root=WARN", "logging.level.vn.baocao.system.CampaignContexts=INFO",
				"baocao.limits.updates-per-minute=100000")) {
			store(bot);
			bot.bean(MutableClock.class).set("2024-12-24T16:00");
			LocalApi api = bot.local();
			double summary = median(() -> check(api.send("committee-huyen", "huyen", "/tonghop 24/12"), "Đã gửi"));
			double workbook = median(() -> check(api.send("huyen", "huyen", "/xuat 10/12 24/12"), ".xlsx"));
			double communes = median(() -> check(api.send("huyen", "huyen", "/xa"), "Xã 20"));
			Row.info("District summary, " + COMMUNES + " communes × " + UNITS + " units × " + DAYS
					+ " days (/tonghop: text + 15-day workbook, queued)", Row.ms(summary))
				.print();
			Row.info("District workbook alone (/xuat, 15 days)", Row.ms(workbook)).print();
			Row.info("/xa, 20 communes today", Row.ms(communes)).print();
		}
	}

	private static void writeCommune(Path folder, int c) throws IOException {
		StringBuilder yaml = new StringBuilder();
		yaml.append("campaign:\n  id: xa-").append(c).append("\n  name: \"Xã ").append(c).append("\"\n");
		yaml.append("""
				  time-zone: Asia/Ho_Chi_Minh
				  start-date: 2024-12-10
				  end-date: 2024-12-24
				  window: { opens: "13:30", closes: "15:00" }
				  reminders: ["13:00", "14:30"]
				  summary-at: "15:05"
				""");
		yaml.append("committee:\n  local-chat-id: \"committee-")
			.append(c)
			.append("\"\nadmins:\n  local: [\"admin")
			.append(c)
			.append("\"]\nhamlets:\n");
		for (int u = 1; u <= UNITS; u++) {
			yaml.append("  - { code: h").append(u).append(", name: \"Ấp ").append(u);
			yaml.append("\", targets: { cleared_m: 3000, residents: 500 }, leads: { local: [\"l")
				.append(c)
				.append('-')
				.append(u)
				.append("\"] } }\n");
		}
		yaml.append("""
				report:
				  fields:
				    - { key: residents, label: "Số người dân tham gia", type: count, unit: "người" }
				    - { key: cleared_m, label: "Phát quang đường", type: quantity, unit: "m" }
				    - { key: money_vnd, label: "Tiền vận động", type: money, unit: "đ", required: false }
				review: off
				""");
		Files.writeString(folder.resolve("xa-" + c + ".yml"), yaml, StandardCharsets.UTF_8);
	}

	/** Every unit of every commune reported every day (one unit a day missing). */
	private static void store(RunningBot bot) {
		Campaigns campaigns = bot.bean(Campaigns.class);
		TransactionTemplate transactions = bot.bean(TransactionTemplate.class);
		for (int c = 1; c <= COMMUNES; c++) {
			Reports reports = campaigns.bean("xa-" + c, Reports.class);
			int commune = c;
			transactions.executeWithoutResult(status -> {
				for (int d = 0; d < DAYS; d++) {
					LocalDate day = FIRST.plusDays(d);
					for (int u = 1; u <= UNITS; u++) {
						if ((u + d) % UNITS == 0) {
							continue;
						}
						UserRef lead = new UserRef(Channel.LOCAL, "l" + commune + "-" + u);
						Instant at = day.atTime(14, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
						reports.addRevision("h" + u, day,
								new Revision(1,
										Map.of("residents", number(20 + u), "cleared_m", number(100 + d * 10),
												"money_vnd", number(1_000_000)),
										lead, "Người báo cáo", at, Timeliness.ON_TIME));
					}
				}
			});
		}
	}

	private static Value number(long amount) {
		return new Value.Number(BigDecimal.valueOf(amount));
	}

	private static void check(List<LocalApi.Reply> replies, String expected) {
		if (!LocalApi.all(replies).contains(expected)
				&& replies.stream().noneMatch(r -> r.file() != null && r.file().name().contains(expected))) {
			throw new IllegalStateException("unexpected reply: " + LocalApi.all(replies));
		}
	}

	private static double median(Runnable work) {
		for (int i = 0; i < 3; i++) {
			work.run();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			long started = System.nanoTime();
			work.run();
			times.add(System.nanoTime() - started);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

}
