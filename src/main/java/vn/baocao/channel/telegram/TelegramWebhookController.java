package vn.baocao.channel.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /api/telegram/webhook}: Telegram posts one update per request with the
 * secret in {@code X-Telegram-Bot-Api-Secret-Token}. The secret is checked first (hashes
 * compared in constant time), then the size (before the body is read), then the update is
 * applied and stored before the 200 that tells Telegram it arrived; while the channel is
 * not ready the answer is 503 and Telegram sends the update again.
 */
@RestController
@Conditional(TelegramWebhookMode.class)
class TelegramWebhookController {

	static final String PATH = "/api/telegram/webhook";

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

	/** TelegramBots' types are Jackson 2 types; new fields Telegram adds are ignored. */
	private static final ObjectMapper UPDATES = new ObjectMapper()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final TelegramWebhook webhook;

	private final byte[] secretDigest;

	private final long maxBody;

	TelegramWebhookController(TelegramWebhook webhook, TelegramWebhookSecret secret,
			@Value("${baocao.limits.webhook-max-body:256KB}") DataSize maxBody) {
		this.webhook = webhook;
		this.secretDigest = sha256(secret.value());
		this.maxBody = maxBody.toBytes();
	}

	@PostMapping(PATH)
	ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
		String secret = request.getHeader(SECRET_HEADER);
		if (secret == null || !MessageDigest.isEqual(secretDigest, sha256(secret))) {
			log.warn("Refused a call to the Telegram webhook without the right {} header", SECRET_HEADER);
			return answer(HttpStatus.UNAUTHORIZED, "wrong secret token");
		}
		if (request.getContentLengthLong() > maxBody) {
			log.warn("Refused a Telegram webhook body of {} bytes (limit {})", request.getContentLengthLong(), maxBody);
			return answer(HttpStatus.CONTENT_TOO_LARGE, "body too large");
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		if (body.length > maxBody) {
			log.warn("Refused a Telegram webhook body over the limit of {} bytes", maxBody);
			return answer(HttpStatus.CONTENT_TOO_LARGE, "body too large");
		}
		Update update;
		try {
			update = UPDATES.readValue(body, Update.class);
		}
		catch (JsonProcessingException ex) {
			log.warn("The Telegram webhook received a body that is not an update; ignored");
			return answer(HttpStatus.BAD_REQUEST, "body is not an update");
		}
		if (!webhook.receive(update)) {
			return answer(HttpStatus.SERVICE_UNAVAILABLE, "not ready, send it again");
		}
		return ResponseEntity.ok(Map.of("ok", true));
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String description) {
		return ResponseEntity.status(status).body(Map.of("ok", false, "description", description));
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
