package vn.baocao.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.baocao.messaging.Attachment;
import vn.baocao.system.BadSettingException;
import vn.baocao.system.BaocaoProperties;

/**
 * Where a stored file can be downloaded: {@code /api/local/files/<id>} on this server,
 * and with BAOCAO_PUBLIC_URL set the same as a full address the internet reaches, for
 * channels that take a link instead of an upload (Zalo).
 */
@Component
public class FileLinks {

	public static final String PATH = "/api/local/files/";

	private static final String SETTING = "BAOCAO_PUBLIC_URL (baocao.public-url)";

	private final @Nullable String publicUrl;

	@Autowired
	public FileLinks(BaocaoProperties properties) {
		this(properties.publicUrl());
	}

	/** Links under this public address; none for null or blank. */
	public static FileLinks at(@Nullable String publicUrl) {
		return new FileLinks(publicUrl);
	}

	private FileLinks(@Nullable String publicUrl) {
		this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : checked(publicUrl.strip());
	}

	/** The link on this server, as the local channel gives it. */
	public static String path(String fileId) {
		return PATH + fileId;
	}

	/** The public address itself (without a trailing slash), when one is set. */
	public Optional<String> publicBase() {
		return Optional.ofNullable(publicUrl);
	}

	/** The public link, when a public address is set. */
	public Optional<String> publicLink(Attachment attachment) {
		return publicUrl == null ? Optional.empty() : Optional.of(publicUrl + path(attachment.id()));
	}

	private static String checked(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw bad(url);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
				|| uri.getFragment() != null) {
			throw bad(url);
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static BadSettingException bad(String url) {
		return new BadSettingException(SETTING, url,
				"expected the address the internet reaches this server at, such as https://baocao.example.vn (the files are served under "
						+ PATH + ")");
	}

}
