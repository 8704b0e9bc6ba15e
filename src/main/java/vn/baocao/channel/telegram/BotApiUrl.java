package vn.baocao.channel.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Reads TELEGRAM_API_URL. TelegramBots builds every call as
 * scheme://host:port/bot&lt;token&gt;/method, so a path in the setting would be silently
 * dropped: it is refused instead.
 */
final class BotApiUrl {

	private BotApiUrl() {
	}

	static TelegramUrl parse(String value) {
		URI uri;
		try {
			uri = new URI(value.strip());
		}
		catch (URISyntaxException ex) {
			throw invalid(value, "it is not a URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw invalid(value, "it must start with http:// or https://");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw invalid(value, "it names no host");
		}
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null
				|| uri.getRawUserInfo() != null) {
			throw invalid(value, "it may carry only scheme, host and port, without a path");
		}
		int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
		return new TelegramUrl(scheme, uri.getHost(), port, false);
	}

	private static TelegramSettingsException invalid(String value, String why) {
		return new TelegramSettingsException("TELEGRAM_API_URL (baocao.telegram.api-url) is '" + value + "', but " + why
				+ ". Expected e.g. https://api.telegram.org or http://127.0.0.1:8081.");
	}

}
