package vn.baocao.export;

import java.awt.Color;
import java.awt.Paint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;

import vn.baocao.messaging.Texts;
import vn.baocao.report.ViNumber;

/**
 * Draws each bar in the colour of its kind of work (the chart has one series, so
 * JFreeChart would paint them all alike) and writes its figures beside it.
 */
final class ProgressBarRenderer extends BarRenderer {

	private final transient List<ProgressBars.Bar> bars;

	private final transient Map<String, Color> colours;

	ProgressBarRenderer(List<ProgressBars.Bar> bars, Map<String, Color> colours, Texts texts) {
		this.bars = List.copyOf(bars);
		this.colours = Map.copyOf(colours);
		setDefaultItemLabelGenerator(new FiguresLabel(this.bars, texts));
	}

	@Override
	public Paint getItemPaint(int row, int column) {
		return colours.get(bars.get(column).field().key());
	}

	/**
	 * "Phát quang, dọn vệ sinh đường: 38 % (1.330/3.500 m)" beside each bar: a target not
	 * started has no bar, so the words must say which it is.
	 */
	private static final class FiguresLabel extends StandardCategoryItemLabelGenerator {

		private final transient List<ProgressBars.Bar> bars;

		private final transient Texts texts;

		FiguresLabel(List<ProgressBars.Bar> bars, Texts texts) {
			this.bars = bars;
			this.texts = texts;
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			ProgressBars.Bar bar = bars.get(column);
			String percent = ViNumber.format(BigDecimal.valueOf(bar.percent()).setScale(1, RoundingMode.HALF_UP));
			String unit = bar.field().unit() == null ? "" : bar.field().unit();
			return texts.get("chart.bar", SheetWriter.nfc(bar.field().label()), percent, ViNumber.format(bar.done()),
					ViNumber.format(bar.target(), unit));
		}

	}

}
