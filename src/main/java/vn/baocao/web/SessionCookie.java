package vn.baocao.web;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

import vn.baocao.channel.FileLinks;

/**
 * The session cookie is Secure when the console is reached over https (BAOCAO_PUBLIC_URL
 * starts with https); HttpOnly and SameSite=Lax are set in application.yml.
 */
@Component
class SessionCookie implements ServletContextInitializer {

	private final FileLinks links;

	SessionCookie(FileLinks links) {
		this.links = links;
	}

	@Override
	public void onStartup(jakarta.servlet.ServletContext context) {
		if (links.publicBase().filter(base -> base.regionMatches(true, 0, "https:", 0, 6)).isPresent()) {
			context.getSessionCookieConfig().setSecure(true);
		}
	}

}
