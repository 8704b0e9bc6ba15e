package vn.baocao.web;

import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.baocao.channel.FileLinks;

/**
 * The address sign-in links start with: BAOCAO_PUBLIC_URL when set, else
 * {@code http://localhost:<port>} of this server.
 */
@Component
class LinkBase {

	private final FileLinks links;

	private final Environment environment;

	LinkBase(FileLinks links, Environment environment) {
		this.links = links;
		this.environment = environment;
	}

	String base() {
		return links.publicBase().orElseGet(() -> "http://localhost:" + port());
	}

	/** A session cookie only travels over https when the links are https. */
	boolean secure() {
		return base().toLowerCase(Locale.ROOT).startsWith("https:");
	}

	private String port() {
		return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

}
