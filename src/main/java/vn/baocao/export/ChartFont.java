package vn.baocao.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans, shipped in {@code fonts/} (SIL Open Font License, see fonts/OFL.txt): the
 * machine's own fonts may lack Vietnamese letters, or be missing altogether in a server
 * image, and a chart that draws "Ấp Cầu" as boxes is worse than none. Loaded once.
 */
final class ChartFont {

	static final String REGULAR = "fonts/NotoSans-Regular.ttf";

	static final String BOLD = "fonts/NotoSans-Bold.ttf";

	private static final Font REGULAR_FONT = load(REGULAR);

	private static final Font BOLD_FONT = load(BOLD);

	private ChartFont() {
	}

	static Font regular(float size) {
		return REGULAR_FONT.deriveFont(Font.PLAIN, size);
	}

	static Font bold(float size) {
		return BOLD_FONT.deriveFont(Font.PLAIN, size);
	}

	private static Font load(String resource) {
		try (InputStream in = ChartFont.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The chart font " + resource + " is missing from the application");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the chart font " + resource, ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("The chart font " + resource + " is not a TrueType font", ex);
		}
	}

}
