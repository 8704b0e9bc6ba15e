package vn.baocao.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may use the local channel (CONTRACT.md, "Local channel access"). Without a token: a
 * request whose socket peer is this machine and that names no proxy (no
 * {@code Forwarded}, no {@code X-Forwarded-For}); a browser request made by another site
 * (its {@code Origin} not this machine) is refused too, so a web page cannot play a user.
 * With {@code BAOCAO_LOCAL_TOKEN}: a request carrying it as a bearer token, from
 * anywhere, and nothing else.
 */
@Component
class LocalAccess {

	/** Why a request was refused, with the HTTP status it gets. */
	enum Refusal {

		NOT_LOCAL(HttpStatus.FORBIDDEN), FORWARDED(HttpStatus.FORBIDDEN), OTHER_SITE(HttpStatus.FORBIDDEN),
		NO_TOKEN(HttpStatus.UNAUTHORIZED), WRONG_TOKEN(HttpStatus.UNAUTHORIZED);

		final HttpStatus status;

		Refusal(HttpStatus status) {
			this.status = status;
		}

		String textKey() {
			return "local.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private static final String BEARER = "Bearer ";

	private final byte @Nullable [] tokenDigest;

	LocalAccess(WebSettings settings) {
		this.tokenDigest = settings.local().hasToken() ? digest(settings.local().token().strip()) : null;
	}

	boolean hasToken() {
		return tokenDigest != null;
	}

	/** Empty when the request may use the local channel. */
	Optional<Refusal> check(HttpServletRequest request) {
		if (tokenDigest != null) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				return Optional.of(Refusal.NO_TOKEN);
			}
			byte[] given = digest(authorization.substring(BEARER.length()).strip());
			// equal-length digests compared in constant time: the answer's timing says
			// nothing about the token
			return MessageDigest.isEqual(given, tokenDigest) ? Optional.empty() : Optional.of(Refusal.WRONG_TOKEN);
		}
		if (!isLoopback(request.getRemoteAddr())) {
			return Optional.of(Refusal.NOT_LOCAL);
		}
		if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null) {
			return Optional.of(Refusal.FORWARDED);
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin != null && !isLoopbackOrigin(origin) || "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
			return Optional.of(Refusal.OTHER_SITE);
		}
		return Optional.empty();
	}

	static boolean isLoopback(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		// the socket's peer is a literal address; anything else is not trusted (and never
		// looked up)
		try {
			return isLiteral(address) && InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static boolean isLoopbackOrigin(String origin) {
		try {
			String host = URI.create(origin).getHost();
			if (host == null) {
				return false;
			}
			if (host.equalsIgnoreCase("localhost")) {
				return true;
			}
			String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
			return isLiteral(literal) && InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (IllegalArgumentException | UnknownHostException ex) {
			return false;
		}
	}

	private static boolean isLiteral(String host) {
		return host.contains(":") || host.matches("[0-9.]+");
	}

	private static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
