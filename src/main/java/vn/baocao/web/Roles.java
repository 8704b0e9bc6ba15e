package vn.baocao.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The two kinds of people the console lets in. */
final class Roles {

	static final String ADMIN = "ADMIN";

	static final String SUPERVISOR = "SUPERVISOR";

	private Roles() {
	}

	static List<GrantedAuthority> of(boolean admin, boolean supervisor) {
		List<GrantedAuthority> roles = new ArrayList<>();
		if (admin) {
			roles.add(new SimpleGrantedAuthority("ROLE_" + ADMIN));
		}
		if (supervisor) {
			roles.add(new SimpleGrantedAuthority("ROLE_" + SUPERVISOR));
		}
		return roles;
	}

}
