package vn.baocao.draft;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.baocao.campaign.CampaignLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans of the genre made up at random (hamlets, works with typing slips, figures in
 * every unit, totals with breakdowns, the committee, dates and windows, lines of the seed
 * as noise, Word's non-breaking spaces, blocks in any order): every sentence the draft
 * quotes is on the line of the plan it names, word for word; and the draft loads.
 */
class QuotesComeFromThePlanPropertyTest {

	private static final List<String> HAMLETS = List.of("Cầu", "Trại Bí", "Sân Bay", "Mới", "Bàu Đưng", "Gò Cát",
			"Đồng Dài", "Xóm Tháp", "Bến Đình", "Phú Hòa", "Cây Sao", "Đông", "Tây Nam", "Long Thạnh", "Tân Lập 2");

	private static final List<String> UNITS = List.of("Ấp", "ấp", "Thôn", "Khu phố", "Ấp ấp", "Thôn thôn");

	private static final List<String> BULLETS = List.of("- ", "+ ", "• ", "1. ", "", "-");

	private static final List<String> LENGTH_WORKS = List.of("Phát quang", "phát quang, dọn vệ sịnh", "Dọn rác",
			"dọn vệ sinh", "Thắp sáng đường quê", "thắp sang đường quê", "Dặm vá", "dặm vá tuyến đường",
			"Làm đường giao thông", "bê tông hóa đường", "nạo vét kênh mương", "trồng cây xanh", "sửa đường");

	private static final List<String> LENGTHS = List.of("3.000m", "500 m", "1,5 km", "2km", "1\u00A0200m", "740m",
			"0,6 km", "1.330 mét", "12m", "8.900m", "1.5km");

	private static final List<String> MONEY = List.of("90 triệu đồng", "1,2 tỷ đồng", "500 000đ", "10.500 000đ",
			"46 triệu", "2 tỷ", "150.000.000 đồng", "1,08 triệu đồng");

	private static final List<String> MONEY_WORKS = List.of("kinh phí", "vận động", "huy động xã hội hóa",
			"Vận động tiền, đất, đá", "trị giá", "ủng hộ");

	private static final List<String> PEOPLE = List.of("Ngô Huỳnh Gấm", "Nguyễn Thế Giang", "Trần Hòa Tuẩn",
			"Lê Thị Tươi", "Võ Tuấn Kiệt", "Đỗ Ngọc Sơn", "Hoàng Thị Lan");

	private static List<String> seed;

	@BeforeContainer
	static void readTheSeed() {
		try {
			seed = Files.readAllLines(Path.of("config/seed/ke-hoach-dan-van-dot-II-2024.txt"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterContainer
	static void forget() {
		seed = null;
	}

	@Property(tries = 200)
	void everyQuotedSentenceIsOnTheLineItNames(@ForAll("plans") String plan) throws IOException {
		Path dir = Files.createTempDirectory("plan");
		try {
			Path file = Drafting.write(dir, "plan.txt", plan);
			Drafting.Result draft = Drafting.draft(file);
			assertThat(draft.exit()).isZero();
			List<String> lines = List.of(plan.split("\n", -1));
			assertThat(draft.quotes()).isNotEmpty()
				.allSatisfy(q -> assertThat(lines.get(q.line() - 1)).as("line %d", q.line()).contains(q.text()));
			assertThat(draft.todoComments()).containsExactlyElementsOf(
					draft.stderr().subList(0, draft.stderr().size() - 1).stream().map(t -> "# " + t).toList());
			CampaignLoader.parse("draft.yml", new StringReader(draft.stdout()));
		}
		finally {
			try (var files = Files.list(dir)) {
				for (Path p : files.toList()) {
					Files.delete(p);
				}
			}
			Files.delete(dir);
		}
	}

	@Provide
	Arbitrary<String> plans() {
		return Arbitraries.randomValue(QuotesComeFromThePlanPropertyTest::plan);
	}

	static String plan(Random random) {
		List<String> names = new ArrayList<>(HAMLETS);
		Collections.shuffle(names, random);
		names = names.subList(0, 1 + random.nextInt(6));
		String unit = pick(random, UNITS);
		List<List<String>> blocks = new ArrayList<>();
		blocks.add(List.of("KẾ HOẠCH", "Ra quân làm công tác dân vận đợt " + (1 + random.nextInt(3)) + " năm 2025"));
		List<String> hamletLines = new ArrayList<>();
		for (String name : names) {
			hamletLines.add(pick(random, BULLETS) + unit + " " + name + ": " + clauses(random));
		}
		blocks.add(hamletLines);
		blocks.add(List.of(totals(random, names)));
		List<String> committee = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String slip = random.nextBoolean() ? "Phụ trách xã ấp " : "phụ trách ấp ";
			committee.add((i + 1) + "- Đồng chí " + pick(random, PEOPLE) + " - Chủ tịch Hội thành viên Ban chỉ đạo. "
					+ slip + names.get(i) + ".");
		}
		blocks.add(committee);
		blocks.add(List.of(pick(random,
				List.of("- Thời gian phối hợp 15 ngày (từ ngày 10/12 - 24/12/2025).",
						"Thời gian: từ ngày 01/3/2025 đến ngày 20/3/2025 (20 ngày).",
						"Từ ngày 25/12/2024 đến hết ngày 05/01/2025"))));
		blocks.add(List.of(pick(random,
				List.of("4- Báo cáo hàng ngày (kể cả ngày Thứ bảy và Chủ nhật) từ 13h30 đến 15h00 về Ban Chỉ đạo.",
						"Các ấp báo cáo kết quả hằng ngày, lúc 16 giờ 00 - 17 giờ 30.",
						"Chế độ báo cáo: hằng ngày từ 7h30 đến 9h, trừ thứ bảy, chủ nhật."))));
		for (int i = random.nextInt(12); i > 0; i--) {
			blocks.add(List.of(seed.get(random.nextInt(seed.size()))));
		}
		Collections.shuffle(blocks.subList(1, blocks.size()), random);
		List<String> lines = new ArrayList<>();
		for (List<String> block : blocks) {
			for (String line : block) {
				lines.add(wordSpaces(random, line));
				if (random.nextInt(3) == 0) {
					lines.add("");
				}
			}
		}
		return String.join("\n", lines);
	}

	private static String clauses(Random random) {
		List<String> parts = new ArrayList<>();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			parts.add(switch (random.nextInt(6)) {
				case 0 -> pick(random, LENGTH_WORKS) + " tuyến đường tổ " + random.nextInt(20) + " dài "
						+ pick(random, LENGTHS);
				case 1 -> pick(random, LENGTH_WORKS) + " " + pick(random, LENGTHS);
				case 2 -> "tặng " + (1 + random.nextInt(40)) + " phần quà";
				case 3 -> "xây " + (1 + random.nextInt(4)) + " căn nhà đại đoàn kết";
				case 4 -> pick(random, MONEY_WORKS) + " " + pick(random, MONEY);
				default -> "tuyên truyền " + (1 + random.nextInt(5)) + " buổi, văn nghệ " + random.nextInt(3) + " cuộc";
			});
		}
		return String.join(random.nextBoolean() ? "; " : "; và ", parts) + (random.nextBoolean() ? "." : "");
	}

	private static String totals(Random random, List<String> names) {
		StringBuilder breakdown = new StringBuilder("(");
		for (String name : names) {
			breakdown.append(breakdown.length() > 1 ? ", " : "ấp ")
				.append(random.nextInt(5) == 0 ? "Rạch Gốc" : name)
				.append(' ')
				.append(random.nextInt(4))
				.append(" căn");
		}
		return "Xây dựng nhà đại đoàn kết: " + (1 + random.nextInt(12)) + " căn trị giá " + pick(random, MONEY) + " "
				+ breakdown + "); " + pick(random, LENGTH_WORKS) + " " + random.nextInt(9) + " tuyến/"
				+ pick(random, LENGTHS) + "; Tặng quà: " + random.nextInt(30) + " phần quà, mỗi phần 500 000đ, trị giá "
				+ pick(random, MONEY) + "; tại nhà văn hóa " + names.size() + " ấp/" + names.size() * 2 + " cuộc.";
	}

	/** Some spaces as Word's non-breaking ones, and now and then two spaces for one. */
	private static String wordSpaces(Random random, String line) {
		StringBuilder out = new StringBuilder();
		for (char c : line.toCharArray()) {
			out.append(
					c == ' ' && random.nextInt(12) == 0 ? (random.nextBoolean() ? "\u00A0" : "  ") : String.valueOf(c));
		}
		return out.toString();
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
