package vn.baocao.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.baocao.campaign.FieldDef;
import vn.baocao.messaging.Texts;
import vn.baocao.summary.HamletRecord;

/**
 * The committee's picture of the campaign: for every hamlet, a bar per target it has,
 * long as the share of the target done so far, coloured by the kind of work, with the
 * figures written beside it and the 100 % line across. A hamlet that lags shows short
 * bars at a glance. Drawn off-screen (headless) with the shipped font.
 */
final class ProgressChart {

	static final int WIDTH = 1200;

	private static final int ROW_HEIGHT = 30;

	private static final int FRAME_HEIGHT = 230;

	/** Okabe–Ito colours: told apart by people with colour-blindness too. */
	private static final Color[] PALETTE = { new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
			new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0x999999), new Color(0x8C6D31) };

	private static final Color BAND = new Color(0xF2F2F2);

	private static final Color TARGET_LINE = new Color(0xB00020);

	private final Texts texts;

	ProgressChart(Texts texts) {
		this.texts = texts;
	}

	/** The chart as a PNG, or empty when no hamlet has a target to measure against. */
	Optional<byte[]> png(String campaignName, LocalDate day, List<HamletRecord> hamlets) {
		return draw(campaignName, day, hamlets).map(drawing -> encode(drawing.image()));
	}

	/** The picture, and where in it the bars are (left of it: the hamlets' names). */
	record Drawing(BufferedImage image, Rectangle2D bars) {
	}

	Optional<Drawing> draw(String campaignName, LocalDate day, List<HamletRecord> hamlets) {
		List<ProgressBars.Bar> bars = ProgressBars.of(hamlets);
		if (bars.isEmpty()) {
			return Optional.empty();
		}
		JFreeChart chart = chart(campaignName, day, bars);
		int height = FRAME_HEIGHT + bars.size() * ROW_HEIGHT;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		ChartRenderingInfo info = new ChartRenderingInfo();
		try {
			hints(g);
			chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height), info);
		}
		finally {
			g.dispose();
		}
		return Optional.of(new Drawing(image, info.getPlotInfo().getDataArea()));
	}

	/** Smooth shapes and text, glyphs placed at their exact advance. */
	static void hints(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
	}

	private JFreeChart chart(String campaignName, LocalDate day, List<ProgressBars.Bar> bars) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<String, Color> colours = new LinkedHashMap<>();
		for (ProgressBars.Bar bar : bars) {
			data.addValue(bar.percent(), "progress", bar.key());
			colours.computeIfAbsent(bar.field().key(), k -> PALETTE[colours.size() % PALETTE.length]);
		}
		CategoryAxis hamletAxis = new CategoryAxis();
		// rows touch, so a hamlet's grey band is one block; the bars are thinner than
		// rows
		hamletAxis.setCategoryMargin(0);
		hamletAxis.setLowerMargin(0.01);
		hamletAxis.setUpperMargin(0.01);
		hamletAxis.setMaximumCategoryLabelWidthRatio(0.3f);
		double highest = bars.stream().mapToDouble(ProgressBars.Bar::percent).max().orElse(0);
		NumberAxis percentAxis = new NumberAxis(texts.get("chart.axis"));
		// room on the right for the longest label beside a full bar
		double upper = Math.max(100, highest) * 1.7;
		percentAxis.setRange(0, upper);
		percentAxis.setTickUnit(new NumberTickUnit(upper <= 200 ? 10 : Math.ceil(upper / 200) * 20));
		percentAxis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Texts.VIETNAMESE));
		BarRenderer renderer = new ProgressBarRenderer(bars, colours, texts);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.66 / bars.size());
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		CategoryPlot plot = new CategoryPlot(data, hamletAxis, percentAxis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setFixedLegendItems(legend(bars, colours));
		bands(plot, bars);
		ValueMarker target = new ValueMarker(100, TARGET_LINE,
				new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 6f, 4f }, 0f));
		target.setLabel(texts.get("chart.target-line"));
		target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		target.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		target.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
		target.setLabelPaint(TARGET_LINE);
		target.setLabelBackgroundColor(Color.WHITE);
		plot.addRangeMarker(target, Layer.BACKGROUND);

		JFreeChart chart = new JFreeChart(texts.get("chart.title", Days.shown(day)), ChartFont.bold(22), plot, true);
		new StandardChartTheme("baocao") {
			{
				setExtraLargeFont(ChartFont.bold(22));
				setLargeFont(ChartFont.bold(15));
				setRegularFont(ChartFont.regular(14));
				setSmallFont(ChartFont.regular(12));
			}
		}.apply(chart);
		// after the theme, which paints plots grey
		chart.setBackgroundPaint(Color.WHITE);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCCCCCC));
		plot.setOutlineVisible(false);
		chart.setPadding(new RectangleInsets(12, 12, 12, 24));
		TextTitle subtitle = new TextTitle(SheetWriter.nfc(campaignName), ChartFont.regular(14));
		subtitle.setPaint(new Color(0x444444));
		chart.addSubtitle(subtitle);
		LegendTitle legend = chart.getLegend();
		legend.setPosition(RectangleEdge.BOTTOM);
		legend.setFrame(BlockBorder.NONE);
		legend.setItemFont(ChartFont.regular(13));
		hamletAxis.setTickLabelFont(ChartFont.bold(14));
		percentAxis.setLabelFont(ChartFont.regular(13));
		percentAxis.setTickLabelFont(ChartFont.regular(12));
		renderer.setDefaultItemLabelFont(ChartFont.regular(12));
		target.setLabelFont(ChartFont.bold(12));
		return chart;
	}

	/**
	 * Every second hamlet's rows on a grey band, so each hamlet's bars read as a group.
	 */
	private static void bands(CategoryPlot plot, List<ProgressBars.Bar> bars) {
		for (ProgressBars.Bar bar : bars) {
			if (bar.hamletIndex() % 2 == 1) {
				CategoryMarker band = new CategoryMarker(bar.key(), BAND, new BasicStroke(1f));
				band.setDrawAsLine(false);
				plot.addDomainMarker(band, Layer.BACKGROUND);
			}
		}
	}

	private LegendItemCollection legend(List<ProgressBars.Bar> bars, Map<String, Color> colours) {
		Map<String, FieldDef> fields = new LinkedHashMap<>();
		bars.forEach(bar -> fields.putIfAbsent(bar.field().key(), bar.field()));
		LegendItemCollection items = new LegendItemCollection();
		fields.forEach((key, field) -> {
			LegendItem item = new LegendItem(SheetWriter.nfc(field.label()), colours.get(key));
			item.setLabelFont(ChartFont.regular(13));
			items.add(item);
		});
		return items;
	}

	private static byte[] encode(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
