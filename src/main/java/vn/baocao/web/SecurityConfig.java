package vn.baocao.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, top to bottom. Two chains: the local channel's API (its own door,
 * {@link LocalDoor}: loopback or a bearer token, no session, no cookies), then everything
 * else: the console's pages with a session from a one-time link, CSRF on every form,
 * strict headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

	/** Pages that show report data only to a signed-in admin or supervisor. */
	static final String DASHBOARD = "/dashboard";

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain localChannel(HttpSecurity http, LocalDoor door) throws Exception {
		http.securityMatcher("/api/local/messages", "/api/local/messages/**", "/api/local/chats/**",
				"/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests.anyRequest().access(door))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(door).accessDeniedHandler(door))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no cookie is read here: a request is local or carries the token, so a
			// forged
			// cross-site form has nothing to ride on (and LocalAccess refuses other
			// origins)
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain console(HttpSecurity http, WebSettings settings, Clock clock, WebTexts texts) throws Exception {
		http.authorizeHttpRequests(SecurityConfig::rules)
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(
					errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/signin")))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/signin?out")
				.deleteCookies("BAOCAO_SESSION"))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.addFilterAfter(new SessionLifetime(clock), SecurityContextHolderFilter.class)
			.addFilterBefore(new LoginRateLimit(settings.web().loginsPerMinute(), clock, texts),
					SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * Spring Security's strict firewall, except that an encoded slash or percent inside a
	 * path segment is let through, so that a mangled file link
	 * ({@code /api/local/files/..%252Fx}) gets the files' own 404 rather than a bare 400.
	 * Every rule above matches whole decoded segments, so such a segment never matches a
	 * way in.
	 */
	@Bean
	WebSecurityCustomizer firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowUrlEncodedSlash(true);
		firewall.setAllowUrlEncodedPercent(true);
		return web -> web.httpFirewall(firewall);
	}

	/** Who may open what on the console, first match wins. */
	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/error").permitAll();
		requests.requestMatchers(HttpMethod.GET, "/", "/signin", "/login/*").permitAll();
		requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
		// file links and the channels' webhooks authenticate themselves (unguessable ids,
		// secret headers)
		requests.requestMatchers(HttpMethod.GET, "/api/local/files/*").permitAll();
		// whatever of the local channel the first chain did not take is no way in
		requests.requestMatchers("/api/local/**").denyAll();
		requests.requestMatchers("/api/**").permitAll();
		requests.requestMatchers(DASHBOARD + "/remind", DASHBOARD + "/summary", DASHBOARD + "/files/**")
			.hasRole(Roles.ADMIN);
		requests.requestMatchers(DASHBOARD, DASHBOARD + "/**").hasAnyRole(Roles.ADMIN, Roles.SUPERVISOR);
		requests.anyRequest().denyAll();
	}

	/** No passwords anywhere: keeps Boot from generating a default user. */
	@Bean
	UserDetailsService noPasswords() {
		return new InMemoryUserDetailsManager();
	}

}
