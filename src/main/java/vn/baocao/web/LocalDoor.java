package vn.baocao.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * {@link LocalAccess} as Spring Security asks it: the authorization decision of the local
 * channel's chain, and the one-line JSON answer ({@code {"error":"..."}}, 403 or 401) a
 * refused request gets.
 */
@Component
class LocalDoor
		implements AuthorizationManager<RequestAuthorizationContext>, AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String REFUSAL = LocalDoor.class.getName() + ".refusal";

	private final JsonMapper json;

	private final LocalAccess access;

	private final WebTexts texts;

	LocalDoor(LocalAccess access, WebTexts texts, JsonMapper json) {
		this.json = json;
		this.access = access;
		this.texts = texts;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Optional<LocalAccess.Refusal> refusal = access.check(context.getRequest());
		refusal.ifPresent(r -> context.getRequest().setAttribute(REFUSAL, r));
		return new AuthorizationDecision(refusal.isEmpty());
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		refuse(request, response);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		refuse(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		LocalAccess.Refusal refusal = request.getAttribute(REFUSAL) instanceof LocalAccess.Refusal r ? r
				: access.check(request).orElse(LocalAccess.Refusal.NOT_LOCAL);
		response.setStatus(refusal.status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (refusal.status.value() == 401) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"baocao\"");
		}
		response.getWriter().write(json.writeValueAsString(Map.of("error", texts.get(refusal.textKey()))));
	}

	/** Whether this request could use the local channel (the simulator asks). */
	boolean admits(HttpServletRequest request) {
		return access.check(request).isEmpty();
	}

}
