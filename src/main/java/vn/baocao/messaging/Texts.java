package vn.baocao.messaging;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing sentences, kept in {@code messages/baocao_vi.properties} (UTF-8) so
 * that code never concatenates Vietnamese. Arguments are expected pre-formatted (numbers
 * in vi-VN style).
 */
public final class Texts {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final ResourceBundle bundle;

	public Texts() {
		this("messages/baocao");
	}

	public Texts(String baseName) {
		this.bundle = ResourceBundle.getBundle(baseName, VIETNAMESE);
	}

	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("No text for key '" + key + "' in " + bundle.getBaseBundleName(), ex);
		}
		return new MessageFormat(pattern, VIETNAMESE).format(args);
	}

	public boolean has(String key) {
		return bundle.containsKey(key);
	}

}
