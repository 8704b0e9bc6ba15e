package vn.baocao.web;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import vn.baocao.web.LocalAccess.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/** The local channel's door decided for single requests, without a server. */
class LocalAccessTest {

	final LocalAccess open = new LocalAccess(settings(null));

	final LocalAccess tokened = new LocalAccess(settings("s3cret"));

	static WebSettings settings(String token) {
		return new WebSettings(new WebSettings.Local("on", token), new WebSettings.Web(30));
	}

	static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/local/messages");
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void everyLoopbackAddressIsLocal() {
		for (String address : new String[] { "127.0.0.1", "127.0.0.2", "::1", "0:0:0:0:0:0:0:1" }) {
			assertThat(open.check(from(address))).as(address).isEmpty();
		}
	}

	@Test
	void otherAddressesAndNamesAreNot() {
		for (String address : new String[] { "10.0.0.5", "172.17.0.1", "203.0.113.9", "::ffff:203.0.113.9", "localhost",
				"", "fe80::1" }) {
			assertThat(open.check(from(address))).as(address).contains(Refusal.NOT_LOCAL);
		}
	}

	@Test
	void aProxyHeaderMakesALoopbackRequestRemote() {
		MockHttpServletRequest forwarded = from("127.0.0.1");
		forwarded.addHeader("X-Forwarded-For", "127.0.0.1");
		assertThat(open.check(forwarded)).contains(Refusal.FORWARDED);
		MockHttpServletRequest rfc = from("127.0.0.1");
		rfc.addHeader("Forwarded", "for=127.0.0.1");
		assertThat(open.check(rfc)).contains(Refusal.FORWARDED);
	}

	@Test
	void onlyThisMachinesPagesMayPost() {
		for (String origin : new String[] { "http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080" }) {
			MockHttpServletRequest request = from("127.0.0.1");
			request.addHeader("Origin", origin);
			assertThat(open.check(request)).as(origin).isEmpty();
		}
		for (String origin : new String[] { "https://evil.example", "http://localhost.evil.example", "null",
				"http://127.0.0.1.nip.io" }) {
			MockHttpServletRequest request = from("127.0.0.1");
			request.addHeader("Origin", origin);
			assertThat(open.check(request)).as(origin).contains(Refusal.OTHER_SITE);
		}
		MockHttpServletRequest crossSite = from("127.0.0.1");
		crossSite.addHeader("Sec-Fetch-Site", "cross-site");
		assertThat(open.check(crossSite)).contains(Refusal.OTHER_SITE);
	}

	@Test
	void withATokenOnlyTheTokenCounts() {
		assertThat(tokened.check(from("127.0.0.1"))).contains(Refusal.NO_TOKEN);
		assertThat(Refusal.NO_TOKEN.status.value()).isEqualTo(401);
		MockHttpServletRequest wrong = from("127.0.0.1");
		wrong.addHeader("Authorization", "Bearer s3cre");
		assertThat(tokened.check(wrong)).contains(Refusal.WRONG_TOKEN);
		MockHttpServletRequest right = from("198.51.100.1");
		right.addHeader("Authorization", "bearer s3cret");
		right.addHeader("X-Forwarded-For", "198.51.100.2");
		assertThat(tokened.check(right)).isEqualTo(Optional.empty());
		assertThat(Refusal.NOT_LOCAL.status.value()).isEqualTo(403);
	}

}
