package vn.baocao.channel.zalo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/zalo/webhook}: Zalo posts one update per request, with the secret
 * given to setWebhook in the {@code X-Bot-Api-Secret-Token} header. Exists only when a
 * webhook secret is set, so the endpoint is never open without one; a wrong or missing
 * secret is refused before the body is read. The comparison hashes both sides first, so
 * it takes the same time whatever the length.
 */
@RestController
@Conditional(ZaloMode.Webhook.class)
class ZaloWebhookController {

	static final String PATH = "/api/zalo/webhook";

	static final String SECRET_HEADER = "X-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(ZaloWebhookController.class);

	private final JsonMapper json;

	private final byte[] secretDigest;

	private final ZaloInbox inbox;

	private final long maxBody;

	ZaloWebhookController(ZaloSettings settings, ZaloInbox inbox, JsonMapper json,
			@Value("${baocao.limits.webhook-max-body:256KB}") DataSize maxBody) {
		this.secretDigest = sha256(Objects.requireNonNull(settings.webhookSecret()));
		this.inbox = inbox;
		this.json = json;
		this.maxBody = maxBody.toBytes();
	}

	/**
	 * The secret first, then the size (from Content-Length, before a byte of the body is
	 * read; a body without one is read up to the limit and no further), then the update.
	 */
	@PostMapping(PATH)
	ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
		String secret = request.getHeader(SECRET_HEADER);
		if (secret == null || !MessageDigest.isEqual(secretDigest, sha256(secret))) {
			log.warn("Refused a call to the Zalo webhook without the right {} header", SECRET_HEADER);
			return answer(HttpStatus.UNAUTHORIZED, false, "wrong secret token");
		}
		if (request.getContentLengthLong() > maxBody) {
			log.warn("Refused a Zalo webhook body of {} bytes (limit {})", request.getContentLengthLong(), maxBody);
			return answer(HttpStatus.CONTENT_TOO_LARGE, false, "body too large");
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		if (body.length > maxBody) {
			log.warn("Refused a Zalo webhook body over the limit of {} bytes", maxBody);
			return answer(HttpStatus.CONTENT_TOO_LARGE, false, "body too large");
		}
		JsonNode update;
		try {
			update = json.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			log.warn("The Zalo webhook received a body that is not JSON; ignored");
			return answer(HttpStatus.BAD_REQUEST, false, "body is not JSON");
		}
		List<ZaloUpdate> updates = ZaloUpdate.read(update);
		updates.forEach(inbox::handle);
		return answer(HttpStatus.OK, true, null);
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, boolean ok,
			@Nullable String description) {
		return ResponseEntity.status(status)
			.body(description == null ? Map.of("ok", ok) : Map.of("ok", ok, "description", description));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
