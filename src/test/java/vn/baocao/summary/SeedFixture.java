package vn.baocao.summary;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.UserRef;

/**
 * The seed campaign (8 hamlets, their targets) with three days of reports whose sums were
 * worked out by hand; the expected figures sit in the tests that use them.
 */
final class SeedFixture {

	static final Campaign SEED = vn.baocao.support.SeedCampaign.hamletsOnly();

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate D10 = LocalDate.of(2024, 12, 10);

	static final LocalDate D11 = LocalDate.of(2024, 12, 11);

	static final LocalDate D12 = LocalDate.of(2024, 12, 12);

	private SeedFixture() {
	}

	/**
	 * 10/12: Cầu and Mới on time. 11/12: Cầu on time then amended (1.000 → 1.200 m), Trại
	 * Bí late, Xóm Tháp on time. 12/12: Sân Bay and Đồng Dài on time, Gò Cát late.
	 */
	static List<DailyReport> reports() {
		List<DailyReport> reports = new ArrayList<>();
		reports.add(report("cau", D10, rev(1, "14:05", Timeliness.ON_TIME, "residents", 40, "soldiers", 100,
				"cleared_m", 1330, "money_vnd", 10_500_000)));
		reports.add(report("moi", D10,
				rev(1, "14:20", Timeliness.ON_TIME, "residents", 10, "soldiers", 50, "lighting_m", 200)));
		reports.add(new DailyReport("cau", D11,
				List.of(rev(D11, 1, "14:00", Timeliness.ON_TIME, "residents", 30, "soldiers", 90, "cleared_m", 1000),
						rev(D11, 2, "16:00", Timeliness.LATE, "residents", 30, "soldiers", 90, "cleared_m", 1200))));
		reports.add(report("trai-bi", D11, rev(1, "15:40", Timeliness.LATE, "residents", 20, "soldiers", 60,
				"new_road_m", 150, "houses_finished", 1)));
		reports.add(report("xom-thap", D11, rev(1, "14:45", Timeliness.ON_TIME, "residents", 5, "soldiers", 30,
				"patched_m", 240, "propaganda_sessions", 1)));
		reports.add(report("san-bay", D12, rev(1, "13:10", Timeliness.ON_TIME, "residents", 25, "soldiers", 60,
				"cleared_m", 600, "houses_finished", 1)));
		reports.add(report("go-cat", D12,
				rev(1, "15:30", Timeliness.LATE, "residents", 15, "soldiers", 60, "cleared_m", 500)));
		reports.add(report("dong-dai", D12, rev(1, "14:50", Timeliness.ON_TIME, "residents", 12, "soldiers", 30,
				"patched_m", 100, "gifts", 5, "gifts_value_vnd", 2_500_000, "difficulties", "Thiếu xe chở đá")));
		return reports;
	}

	private static DailyReport report(String hamlet, LocalDate day, RevisionAt revision) {
		return new DailyReport(hamlet, day, List.of(revision.on(day)));
	}

	/** A revision whose day is given when its report is built. */
	interface RevisionAt {

		Revision on(LocalDate day);

	}

	private static RevisionAt rev(int number, String time, Timeliness timeliness, Object... keyValues) {
		return day -> rev(day, number, time, timeliness, keyValues);
	}

	static Revision rev(LocalDate day, int number, String time, Timeliness timeliness, Object... keyValues) {
		Map<String, Value> values = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			Object value = keyValues[i + 1];
			values.put((String) keyValues[i], value instanceof String text ? new Value.Text(text)
					: new Value.Number(BigDecimal.valueOf(((Number) value).longValue())));
		}
		return new Revision(number, values, new UserRef(Channel.LOCAL, "u-" + number), "Người báo cáo",
				LocalDateTime.parse(day + "T" + time).atZone(VIETNAM).toInstant(), timeliness);
	}

}
