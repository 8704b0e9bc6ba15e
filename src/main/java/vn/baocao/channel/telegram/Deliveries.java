package vn.baocao.channel.telegram;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

import vn.baocao.messaging.Delivery;
import vn.baocao.messaging.Reach;

/**
 * What a failed Bot API call means for the outbox. Telegram says what happened in the
 * answer's error_code (TelegramBots ignores the HTTP status): 429 asks us to wait, a 400
 * with {@code migrate_to_chat_id} says the group became a supergroup with a new id, 403
 * says the chat cannot be written to until its person writes again (blocked, never
 * started, bot removed), 400/404 will not get better by retrying, anything else may.
 */
final class Deliveries {

	private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

	private Deliveries() {
	}

	static Delivery of(TelegramApiException failure) {
		if (failure instanceof TelegramApiValidationException) {
			return new Delivery.Rejected("invalid message: " + failure.getMessage());
		}
		if (failure instanceof TelegramApiRequestException request && request.getErrorCode() != null
				&& request.getErrorCode() != 0) {
			int code = request.getErrorCode();
			String reason = "[" + code + "] " + request.getApiResponse();
			if (code == 429) {
				return new Delivery.RetryAfter(retryAfter(request.getParameters()));
			}
			ResponseParameters parameters = request.getParameters();
			if (parameters != null && parameters.getMigrateToChatId() != null) {
				return new Delivery.Moved(String.valueOf(parameters.getMigrateToChatId()));
			}
			if (code == 403) {
				String description = request.getApiResponse() == null ? "" : request.getApiResponse();
				return new Delivery.Unreachable(Reach.fromDescription(description), reason);
			}
			if (code == 400 || code == 403 || code == 404) {
				return new Delivery.Rejected(reason);
			}
			return new Delivery.Failed(reason);
		}
		return new Delivery.Failed(failure.getMessage());
	}

	private static Duration retryAfter(@Nullable ResponseParameters parameters) {
		if (parameters == null || parameters.getRetryAfter() == null || parameters.getRetryAfter() <= 0) {
			return DEFAULT_RETRY_AFTER;
		}
		return Duration.ofSeconds(parameters.getRetryAfter());
	}

}
