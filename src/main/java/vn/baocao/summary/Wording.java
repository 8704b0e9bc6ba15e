package vn.baocao.summary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The summary's sentences from {@code messages/summary_vi.properties}; arguments come
 * pre-formatted.
 */
final class Wording {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final ResourceBundle bundle = ResourceBundle.getBundle("messages/summary", VIETNAMESE);

	String get(String key, Object... args) {
		return new MessageFormat(bundle.getString(key), VIETNAMESE).format(args);
	}

}
