package vn.baocao.export;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.Excuses;
import vn.baocao.roster.UserRef;
import vn.baocao.support.InMemoryReports;

/**
 * The seed campaign with three days of reports (figures worked out by hand in the tests):
 * 10/12 Cầu and Mới on time; 11/12 Cầu on time then amended late (1.000 → 1.200 m), Trại
 * Bí late, Xóm Tháp on time, Bàu Đưng excused; 12/12 Sân Bay and Đồng Dài on time, Gò Cát
 * late.
 */
final class ExportFixture {

	static final Campaign SEED = vn.baocao.support.SeedCampaign.hamletsOnly();

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate D10 = LocalDate.of(2024, 12, 10);

	static final LocalDate D11 = LocalDate.of(2024, 12, 11);

	static final LocalDate D12 = LocalDate.of(2024, 12, 12);

	private ExportFixture() {
	}

	static InMemoryReports reports() {
		InMemoryReports reports = new InMemoryReports();
		reports.addRevision("cau", D10,
				rev(D10, 1, "14:05", Timeliness.ON_TIME, "Lan", "residents", 40, "soldiers", 100, "cleared_m", 1330,
						"money_vnd", 10_500_000, "materials", "Đá 2 xe, cây giống 50 cây", "photos", 3));
		reports.addRevision("moi", D10,
				rev(D10, 1, "14:20", Timeliness.ON_TIME, "Tươi", "residents", 10, "soldiers", 50, "lighting_m", 200));
		reports.addRevision("cau", D11,
				rev(D11, 1, "14:00", Timeliness.ON_TIME, "Lan", "residents", 30, "soldiers", 90, "cleared_m", 1000));
		reports.addRevision("cau", D11,
				rev(D11, 2, "16:00", Timeliness.LATE, "Lan", "residents", 30, "soldiers", 90, "cleared_m", 1200));
		reports.addRevision("trai-bi", D11, rev(D11, 1, "15:40", Timeliness.LATE, "Giang", "residents", 20, "soldiers",
				60, "new_road_m", 150, "houses_finished", 1));
		reports.addRevision("xom-thap", D11, rev(D11, 1, "14:45", Timeliness.ON_TIME, "Kiệt", "residents", 5,
				"soldiers", 30, "patched_m", 240, "propaganda_sessions", 1));
		reports.addRevision("san-bay", D12, rev(D12, 1, "13:10", Timeliness.ON_TIME, "Tuẩn", "residents", 25,
				"soldiers", 60, "cleared_m", 600, "houses_finished", 1));
		reports.addRevision("go-cat", D12,
				rev(D12, 1, "15:30", Timeliness.LATE, "Khoa", "residents", 15, "soldiers", 60, "cleared_m", 500));
		reports.addRevision("dong-dai", D12,
				rev(D12, 1, "14:50", Timeliness.ON_TIME, "Lâm", "residents", 12, "soldiers", 30, "patched_m", 100,
						"gifts", 5, "gifts_value_vnd", 2_500_000, "difficulties",
						"Thiếu xe chở đá; đường tổ 3 ngập nước sau mưa, cần hỗ trợ máy bơm"));
		return reports;
	}

	/** Bàu Đưng is excused on 11/12. */
	static Excuses excuses() {
		return new FixedExcuses(Map.of(D11, Map.of("bau-dung", "Họp dân toàn ấp")));
	}

	static Revision rev(LocalDate day, int number, String time, Timeliness timeliness, String by, Object... keyValues) {
		Map<String, Value> values = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			String key = (String) keyValues[i];
			Object value = keyValues[i + 1];
			if (key.equals("photos")) {
				List<String> refs = new ArrayList<>();
				for (int p = 0; p < (Integer) value; p++) {
					refs.add("local:photo-" + p);
				}
				values.put(key, new Value.Photos(refs));
			}
			else {
				values.put(key, value instanceof String text ? new Value.Text(text)
						: new Value.Number(BigDecimal.valueOf(((Number) value).longValue())));
			}
		}
		return new Revision(number, values, new UserRef(Channel.LOCAL, "u-" + by), by,
				LocalDateTime.parse(day + "T" + time).atZone(VIETNAM).toInstant(), timeliness);
	}

	/** Excuses that never change. */
	record FixedExcuses(Map<LocalDate, Map<String, String>> byDay) implements Excuses {

		@Override
		public void excuse(Excuse excuse) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean withdraw(String hamletCode, LocalDate day) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<Excuse> find(String hamletCode, LocalDate day) {
			return forDay(day).stream().filter(e -> e.hamletCode().equals(hamletCode)).findFirst();
		}

		@Override
		public List<Excuse> forDay(LocalDate day) {
			return byDay.getOrDefault(day, Map.of())
				.entrySet()
				.stream()
				.map(e -> new Excuse(e.getKey(), day, e.getValue(), new UserRef(Channel.LOCAL, "admin1"),
						Instant.EPOCH))
				.toList();
		}

	}

}
