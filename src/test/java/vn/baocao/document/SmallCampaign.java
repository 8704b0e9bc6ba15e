package vn.baocao.document;

import java.io.StringReader;
import java.math.BigDecimal;
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
 * A three-day campaign of three hamlets whose every figure was worked out by hand:
 * <ul>
 * <li>Ấp A (cleared_m 100, houses 1): 10/12 on time 60 m; 11/12 on time 30 m, amended
 * late to 50 m; 12/12 late, 1 house. Done 110 m (110 %), 1 house (100 %): 2 on time, 1
 * late.</li>
 * <li>Ấp B (cleared_m 200): 10/12 on time 250 m; 11/12 excused; 12/12 on time 0 m. Done
 * 250 m (125 %): 2 on time, 1 excused.</li>
 * <li>Ấp C (cleared_m 50): no report at all, 3 days missing.</li>
 * </ul>
 * Commune: cleared 360 m of 350 m (102,9 %), houses 1 of 1 (100 %); ratio residents :
 * soldiers 15 : 50, short of 1:3. The plan states 400 m cleared (the hamlets add up to
 * 350).
 */
final class SmallCampaign {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate D10 = LocalDate.of(2024, 12, 10);

	static final LocalDate D11 = LocalDate.of(2024, 12, 11);

	static final LocalDate D12 = LocalDate.of(2024, 12, 12);

	static String yaml(String form) {
		return """
				campaign:
				  id: nho
				  name: "Ra quân dân vận thử"
				  time-zone: Asia/Ho_Chi_Minh
				  start-date: 2024-12-10
				  end-date: 2024-12-12
				  window: { opens: "13:30", closes: "15:00" }
				  reminders: ["13:00"]
				  summary-at: "15:05"
				  late-until: "23:59"
				admins: { local: ["admin1"] }
				hamlets:
				  - { code: a, name: "Ấp A", targets: { cleared_m: 100, houses: 1 } }
				  - { code: b, name: "Ấp B", targets: { cleared_m: 200 } }
				  - { code: c, name: "Ấp C", targets: { cleared_m: 50 } }
				report:
				  fields:
				    - { key: residents, label: "Số người dân tham gia", type: count, unit: "người", required: true }
				    - { key: soldiers, label: "Số chiến sĩ tham gia", type: count, unit: "người", required: true }
				    - { key: cleared_m, label: "Phát quang đường", type: quantity, unit: "m" }
				    - { key: houses, label: "Nhà đại đoàn kết", type: count, unit: "căn" }
				    - { key: difficulties, label: "Khó khăn, vướng mắc, đề xuất", type: text }
				    - { key: photos, label: "Hình ảnh", type: photos }
				ratio: { label: "Đối ứng dân : LLVT", left: residents, right: soldiers, at-least: "1:3" }
				stated-totals: { cleared_m: 400 }
				document:
				  form: %s
				  issuer: ["ĐẢNG UỶ XÃ THỬ", "BAN CHỈ ĐẠO DÂN VẬN"]
				  superior: "ĐẢNG BỘ HUYỆN MẪU"
				  number: "-BC/BCĐ"
				  place: "Xã Thử"
				  signer: { on-behalf: "T/M BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "Nguyễn Văn Ký" }
				  recipients: ["Ban Dân vận Huyện ủy", "Lưu Ban Chỉ đạo"]
				""".formatted(form);
	}

	static Campaign campaign(String form) {
		return CampaignLoader.parse("nho.yml", new StringReader(yaml(form)));
	}

	static List<DailyReport> reports() {
		List<DailyReport> reports = new ArrayList<>();
		reports.add(new DailyReport("a", D10, List.of(rev(D10, 1, "14:00", Timeliness.ON_TIME, "residents", 5,
				"soldiers", 15, "cleared_m", 60, "difficulties", "Thiếu xe chở đá"))));
		reports.add(new DailyReport("a", D11,
				List.of(rev(D11, 1, "14:10", Timeliness.ON_TIME, "residents", 3, "soldiers", 10, "cleared_m", 30,
						"difficulties", "thiếu  xe chở đá."),
						rev(D11, 2, "16:30", Timeliness.LATE, "residents", 3, "soldiers", 10, "cleared_m", 50,
								"difficulties", "thiếu  xe chở đá."))));
		reports.add(new DailyReport("a", D12,
				List.of(rev(D12, 1, "17:00", Timeliness.LATE, "residents", 2, "soldiers", 5, "houses", 1))));
		reports.add(new DailyReport("b", D10, List.of(rev(D10, 1, "13:40", Timeliness.ON_TIME, "residents", 3,
				"soldiers", 12, "cleared_m", 250, "difficulties", "Cần thêm đèn năng lượng mặt trời"))));
		reports.add(new DailyReport("b", D12, List.of(rev(D12, 1, "14:40", Timeliness.ON_TIME, "residents", 2,
				"soldiers", 8, "cleared_m", 0, "difficulties", "Không"))));
		return reports;
	}

	/** B is excused on 11/12. */
	static Map<String, String> excused(LocalDate day) {
		return day.equals(D11) ? Map.of("b", "họp dân") : Map.of();
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

	private SmallCampaign() {
	}

}
