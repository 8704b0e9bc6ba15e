package vn.baocao.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.baocao.messaging.Texts;
import vn.baocao.summary.Consolidator;
import vn.baocao.summary.HamletRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.export.ExportFixture.D10;
import static vn.baocao.export.ExportFixture.D12;
import static vn.baocao.export.ExportFixture.SEED;

/**
 * The progress chart drawn headless: its size, that it shows bars, and that Vietnamese
 * names come out with their marks, as the shipped font draws them.
 */
class ProgressChartTest {

	private static final String VIETNAMESE = "ẠẢÃÀÁÂẬẦẤẨẪĂẮẰẶẲẴÊỆẾỀỂỄÔỘỐỒỔỖƠỢỚỜỞỠƯỰỨỪỬỮĐ"
			+ "ạảãàáâậầấẩẫăắằặẳẵêệếềểễôộốồổỗơợớờởỡưựứừửữđỳỷỹýỵìỉĩíịùủũúụòỏõóọèẻẽéẹ";

	private final ProgressChart chart = new ProgressChart(new Texts("messages/export"));

	private final List<HamletRecord> hamlets = new Consolidator(SEED)
		.between(D10, D12, ExportFixture.reports().between(D10, D12), ExportFixture.excuses()::reasons)
		.hamlets();

	@Test
	void aRowPerHamletTargetOnAPictureThatIsNotBlank() throws IOException {
		byte[] png = chart.png(SEED.name(), D12, hamlets).orElseThrow();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int targets = SEED.hamlets().stream().mapToInt(h -> h.targets().size()).sum();
		assertThat(ProgressBars.of(hamlets)).hasSize(targets);
		assertThat(image.getWidth()).isEqualTo(ProgressChart.WIDTH);
		assertThat(image.getHeight()).isEqualTo(230 + 30 * targets);
		assertThat(share(image, image.getRaster().getBounds(), rgb -> rgb != 0xFFFFFF)).isGreaterThan(0.05);
		// Cầu's cleared road (2.530 of 3.500 m) is a blue bar in the bars' area
		Rectangle2D bars = chart.draw(SEED.name(), D12, hamlets).orElseThrow().bars();
		assertThat(share(image, bars.getBounds(), rgb -> rgb == 0x0072B2)).isGreaterThan(0.005);
	}

	@Test
	void noTargetsNoChart() {
		List<HamletRecord> withoutTargets = hamlets.stream()
			.map(h -> new HamletRecord(h.code(), h.name(), h.onTime(), h.late(), h.missing(), h.excused(), List.of()))
			.toList();
		assertThat(chart.png(SEED.name(), D12, withoutTargets)).isEmpty();
	}

	@Test
	void theShippedFontHasEveryVietnameseLetter() {
		assertThat(ChartFont.regular(14).canDisplayUpTo(VIETNAMESE)).isEqualTo(-1);
		assertThat(ChartFont.bold(14).canDisplayUpTo(VIETNAMESE)).isEqualTo(-1);
		assertThat(ChartFont.bold(14).getFontName()).isEqualTo("Noto Sans Bold");
	}

	@Test
	void theMarksOfAVietnameseWordAreDrawnWhereTheyBelong() {
		BufferedImage marked = text("Ấp Cầu", ChartFont.bold(14));
		BufferedImage plain = text("Ap Cau", ChartFont.bold(14));
		Rectangle markedInk = ink(marked, marked.getRaster().getBounds());
		Rectangle plainInk = ink(plain, plain.getRaster().getBounds());
		// the circumflex and acute over Ấ, the grave over ầ: ink above the capital's top
		assertThat(markedInk.y).isLessThan(plainInk.y - 3);
		assertThat(marked.getHeight()).isEqualTo(plain.getHeight());
		Rectangle aboveCapitals = new Rectangle(0, 0, marked.getWidth(), plainInk.y);
		assertThat(count(marked, aboveCapitals)).isGreaterThan(8);
		assertThat(count(plain, aboveCapitals)).isZero();
	}

	@Test
	void theChartWritesAHamletsNameAsTheShippedFontDrawsIt() {
		ProgressChart.Drawing drawing = chart.draw(SEED.name(), D12, hamlets).orElseThrow();
		Rectangle2D bars = drawing.bars();
		// the first row's label, left of the bars: "Ấp Cầu" in bold 14
		int row = (int) (bars.getHeight() / ProgressBars.of(hamlets).size());
		Rectangle labelArea = new Rectangle(0, (int) bars.getY(), (int) bars.getX() - 4, row);
		Rectangle inChart = ink(drawing.image(), labelArea);
		BufferedImage expected = text("Ấp Cầu", ChartFont.bold(14));
		Rectangle drawn = ink(expected, expected.getRaster().getBounds());
		assertThat(inChart.width).isCloseTo(drawn.width, org.assertj.core.data.Offset.offset(2));
		assertThat(inChart.height).isCloseTo(drawn.height, org.assertj.core.data.Offset.offset(2));
		assertThat(agreement(drawing.image(), inChart, expected, drawn)).isGreaterThan(0.9);
		// and not as the word without its marks (or with boxes for letters) would look
		BufferedImage unmarked = text("Ap Cau", ChartFont.bold(14));
		Rectangle unmarkedInk = ink(unmarked, unmarked.getRaster().getBounds());
		assertThat(inChart.height).isGreaterThanOrEqualTo(unmarkedInk.height + 3);
		Rectangle lowerPart = new Rectangle(inChart.x, inChart.y + inChart.height - unmarkedInk.height, inChart.width,
				unmarkedInk.height);
		assertThat(agreement(drawing.image(), lowerPart, unmarked, unmarkedInk)).isLessThan(0.75);
	}

	/** The text in black on white, drawn as the chart draws its labels. */
	private static BufferedImage text(String text, Font font) {
		BufferedImage image = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 200, 40);
		ProgressChart.hints(g);
		g.setColor(Color.BLACK);
		g.setFont(font);
		g.drawString(text, 10, 30);
		g.dispose();
		return image;
	}

	/** The smallest box around the dark pixels of an area. */
	private static Rectangle ink(BufferedImage image, Rectangle area) {
		Rectangle box = null;
		for (int y = area.y; y < area.y + area.height; y++) {
			for (int x = area.x; x < area.x + area.width; x++) {
				if (darkness(image.getRGB(x, y) & 0xFFFFFF) > 100) {
					Rectangle pixel = new Rectangle(x, y, 1, 1);
					box = box == null ? pixel : box.union(pixel);
				}
			}
		}
		assertThat(box).as("ink in " + area).isNotNull();
		return box;
	}

	/** Share of pixels, box against box, that are both ink or both paper. */
	private static double agreement(BufferedImage a, Rectangle inA, BufferedImage b, Rectangle inB) {
		int width = Math.min(inA.width, inB.width);
		int height = Math.min(inA.height, inB.height);
		int same = 0;
		int inkPixels = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean inkA = darkness(a.getRGB(inA.x + x, inA.y + y) & 0xFFFFFF) > 100;
				boolean inkB = darkness(b.getRGB(inB.x + x, inB.y + y) & 0xFFFFFF) > 100;
				if (inkA || inkB) {
					inkPixels++;
					if (inkA == inkB) {
						same++;
					}
				}
			}
		}
		return (double) same / inkPixels;
	}

	private static int count(BufferedImage image, Rectangle area) {
		return (int) Math.round(share(image, area, rgb -> darkness(rgb) > 100) * area.width * area.height);
	}

	private static int darkness(int rgb) {
		Color colour = new Color(rgb);
		return 255 - (colour.getRed() + colour.getGreen() + colour.getBlue()) / 3;
	}

	private static double share(BufferedImage image, Rectangle area, java.util.function.IntPredicate test) {
		int hits = 0;
		for (int y = area.y; y < area.y + area.height; y++) {
			for (int x = area.x; x < area.x + area.width; x++) {
				if (test.test(image.getRGB(x, y) & 0xFFFFFF)) {
					hits++;
				}
			}
		}
		return (double) hits / (area.width * area.height);
	}

}
