package vn.baocao.channel.zalo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import vn.baocao.photo.PhotoDownload;
import vn.baocao.photo.PhotoSource;

/**
 * Fetches the photos leads send on Zalo from the URL the update itself carries. Only
 * https is fetched (a photo link in plain http, or to anything else, is refused), except
 * from the Zalo Bot API's own configured address, so that a Bot API emulator can serve
 * its photos the way it serves everything else.
 */
final class ZaloPhotos implements PhotoSource, AutoCloseable {

	static final String PREFIX = "zalo:";

	private final URI api;

	private final PhotoDownload download;

	ZaloPhotos(String apiUrl, PhotoDownload download) {
		this.api = URI.create(apiUrl.strip());
		this.download = download;
	}

	@Override
	public boolean handles(String ref) {
		return ref.startsWith(PREFIX);
	}

	@Override
	public Fetch fetch(String ref, long maxBytes) {
		URI uri;
		try {
			uri = new URI(ref.substring(PREFIX.length()).strip());
		}
		catch (URISyntaxException ex) {
			return new Refused("the photo link is not a URL");
		}
		if (!allowed(uri)) {
			return new Refused("the photo link is not https");
		}
		return download.get(uri, maxBytes);
	}

	boolean allowed(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || uri.getRawUserInfo() != null) {
			return false;
		}
		if (scheme.equals("https")) {
			return true;
		}
		return scheme.equals(api.getScheme()) && uri.getHost().equalsIgnoreCase(api.getHost())
				&& port(uri) == port(api);
	}

	private static int port(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	@Override
	public void close() {
		download.close();
	}

}
