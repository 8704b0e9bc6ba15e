package vn.baocao.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Campaign;
import vn.baocao.campaign.CampaignLoader;
import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Hamlet;
import vn.baocao.campaign.Timeliness;
import vn.baocao.messaging.Texts;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.UserRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed campaign's sơ kết through real LibreOffice ({@code -Pdocuments}; .ci/run
 * installs Debian's libreoffice-writer-nogui and poppler-utils): converted to PDF with
 * {@code soffice --headless}, read back with {@code pdftotext}: the header on the first
 * page, every section title, the signature and "Nơi nhận" on the last page, A4 pages, as
 * many as its content needs. Leaves target/soket-pdf/soket-trang-1.png (pdftoppm), the
 * picture in docs/images.
 */
class SoKetPdfIT {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Path OUT = Path.of("target", "soket-pdf");

	private static Path pdf;

	@BeforeAll
	static void convert() throws Exception {
		assumeTrue(onPath("soffice") && onPath("pdftotext"),
				"LibreOffice (soffice) or poppler-utils (pdftotext) is not installed: "
						+ "apt-get install -y libreoffice-writer-nogui poppler-utils");
		Campaign seed = CampaignLoader.load(Path.of("config/campaign.yml"));
		Texts texts = new Texts("messages/document");
		SoKet soKet = new SoKetBuilder(seed, texts).build(seed.schedule().endDate(), LocalDate.of(2024, 12, 26),
				fifteenDays(seed), day -> day.getDayOfMonth() == 14 ? Map.of("dong-dai", "bão") : Map.of(), photos(),
				1);
		Files.createDirectories(OUT);
		Path docx = OUT.resolve("soket.docx");
		Files.write(docx, new DocxWriter(seed, texts).write(soKet));
		run("soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT.toString(), docx.toString());
		pdf = OUT.resolve("soket.pdf");
		assertThat(pdf).exists();
		run("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
				OUT.resolve("soket-trang-1").toString());
	}

	@Test
	void theFirstPageCarriesTheHeaderTheTitleAndTheFirstSection() throws Exception {
		String first = run("pdftotext", "-layout", "-f", "1", "-l", "1", pdf.toString(), "-");
		assertThat(first).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG UỶ XÃ TÂN PHONG", "BAN CHỈ ĐẠO QUY CHẾ DÂN", "Số",
				"-BC/BCĐ", "Tân Phong, ngày 26 tháng 12 năm 2024", "BÁO CÁO",
				"Phối hợp liên ngành làm công tác dân vận đợt II năm 2024", "I. KẾT QUẢ THỰC HIỆN");
	}

	@Test
	void everySectionTitleInOrderAndTheSignatureOnTheLastPage() throws Exception {
		String all = run("pdftotext", "-layout", pdf.toString(), "-");
		List<String> titles = List.of("I. KẾT QUẢ THỰC HIỆN", "1. Kết quả so với kế hoạch",
				"2. Kết quả của từng đơn vị", "3. Tình hình báo cáo hằng ngày", "4. Khó khăn, vướng mắc",
				"II. ĐÁNH GIÁ CHUNG", "III. ĐỀ NGHỊ KHEN THƯỞNG", "IV. HÌNH ẢNH HOẠT ĐỘNG");
		int at = -1;
		for (String title : titles) {
			int next = all.indexOf(title, at + 1);
			assertThat(next).as(title).isGreaterThan(at);
			at = next;
		}
		int pages = pages();
		String last = run("pdftotext", "-layout", "-f", String.valueOf(pages), "-l", String.valueOf(pages),
				pdf.toString(), "-");
		assertThat(last).contains("Nơi nhận:", "Ban Dân vận Huyện ủy", "PHÓ BÍ THƯ ĐẢNG ỦY", "TRƯỞNG BAN CHỈ ĐẠO",
				"Trương Thị Kim Xanh");
	}

	@Test
	void a4PagesAsManyAsTheContentNeeds() throws Exception {
		String info = run("pdfinfo", pdf.toString());
		assertThat(info).containsPattern("Page size:\\s+595(\\.\\d+)? x 841(\\.\\d+)? pts \\(A4\\)");
		// 8 hamlets' targets, 16 organisations by template, participation, notes,
		// assessment, proposals, 2 photos: more than two pages, and nowhere near a
		// page per unit-day
		assertThat(pages()).isBetween(3, 8);
		String all = run("pdftotext", "-layout", pdf.toString(), "-");
		assertThat(all.split("\f", -1).length - 1).isEqualTo(pages());
	}

	private static int pages() throws Exception {
		Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
		assertThat(m.find()).isTrue();
		return Integer.parseInt(m.group(1));
	}

	/**
	 * Fifteen days of the eight hamlets: most on time, some late, an amendment, 14/12 an
	 * excused day for Đồng Dài and a day or two missing, each hamlet near its targets.
	 */
	private static List<DailyReport> fifteenDays(Campaign seed) {
		List<DailyReport> reports = new ArrayList<>();
		int h = 0;
		for (Hamlet hamlet : seed.hamlets()) {
			h++;
			// two hamlets in three do a little more than their targets, the third about
			// 80 %
			BigDecimal factor = new BigDecimal(h % 3 == 0 ? "0.8" : "1.06");
			Map<String, BigDecimal> left = new LinkedHashMap<>();
			hamlet.targets()
				.forEach((key, target) -> left.put(key, target.multiply(factor).setScale(0, RoundingMode.HALF_UP)));
			for (LocalDate day = seed.schedule().startDate(); !day.isAfter(seed.schedule().endDate()); day = day
				.plusDays(1)) {
				int n = day.getDayOfMonth();
				if ((n + h) % 9 == 0 && h % 2 == 0 || (hamlet.code().equals("dong-dai") && n == 14)) {
					continue;
				}
				Map<String, Value> values = new LinkedHashMap<>();
				values.put("residents", number(10 + h + n % 4));
				values.put("soldiers", number(28 + 2 * h + n % 3));
				for (Map.Entry<String, BigDecimal> goal : left.entrySet()) {
					BigDecimal target = hamlet.targets().get(goal.getKey());
					BigDecimal chunk = target.compareTo(BigDecimal.TEN) <= 0 ? BigDecimal.ONE
							: target.divide(BigDecimal.TEN, 0, RoundingMode.UP);
					BigDecimal amount = chunk.min(goal.getValue());
					if (amount.signum() > 0 && (target.compareTo(BigDecimal.TEN) > 0 || n % 4 == h % 4)) {
						values.put(goal.getKey(), new Value.Number(amount));
						goal.setValue(goal.getValue().subtract(amount));
					}
				}
				if (n % 5 == h % 5) {
					values.put("difficulties",
							new Value.Text(h % 2 == 0 ? "Thiếu phương tiện vận chuyển đá, đề nghị hỗ trợ xe"
									: "Một số hộ chưa đồng thuận hiến đất mở rộng đường"));
				}
				Timeliness timeliness = (n + h) % 7 == 0 ? Timeliness.LATE : Timeliness.ON_TIME;
				LocalDateTime at = day.atTime(timeliness == Timeliness.LATE ? 16 : 14, 10);
				reports.add(new DailyReport(hamlet.code(), day,
						List.of(new Revision(1, values, new UserRef(Channel.LOCAL, "u" + h), "Trưởng ấp",
								at.atZone(VIETNAM).toInstant(), timeliness))));
			}
		}
		return reports;
	}

	private static Value number(long n) {
		return new Value.Number(BigDecimal.valueOf(n));
	}

	private static List<SoKet.PhotoShown> photos() throws IOException {
		return List.of(photo("Ấp Cầu", 12, new Color(60, 120, 60)), photo("Ấp Mới", 20, new Color(120, 90, 40)));
	}

	private static SoKet.PhotoShown photo(String unit, int day, Color colour) throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(colour);
		g.fillRect(0, 0, 640, 480);
		g.setColor(Color.WHITE);
		g.fillOval(220, 140, 200, 200);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return new SoKet.PhotoShown(unit, LocalDate.of(2024, 12, day), out.toByteArray(), 640, 480);
	}

	private static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(false)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		byte[] out = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
		return new String(out, StandardCharsets.UTF_8);
	}

}
