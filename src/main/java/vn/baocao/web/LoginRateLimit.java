package vn.baocao.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code baocao.web.logins-per-minute} sign-in attempts ({@code /login/*}) per
 * client address and minute; more get 429. Codes are far too long to guess; this keeps
 * anyone from trying.
 */
class LoginRateLimit extends OncePerRequestFilter {

	private final int perMinute;

	private final Clock clock;

	private final WebTexts texts;

	/** Attempts per address in the current minute. */
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private record Window(long minute, int attempts) {
	}

	LoginRateLimit(int perMinute, Clock clock, WebTexts texts) {
		this.perMinute = perMinute;
		this.clock = clock;
		this.texts = texts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/login/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long minute = clock.millis() / 60_000;
		if (windows.size() > 10_000) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		Window window = windows.merge(request.getRemoteAddr(), new Window(minute, 1),
				(old, one) -> old.minute() == minute ? new Window(minute, old.attempts() + 1) : one);
		if (window.attempts() > perMinute) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
			response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
			response.getWriter().write(texts.get("login.too-many"));
			return;
		}
		chain.doFilter(request, response);
	}

}
