package vn.baocao.channel.zalo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.MissingNode;

import vn.baocao.messaging.Delivery;
import vn.baocao.messaging.Reach;

import static org.assertj.core.api.Assertions.assertThat;

/** How each kind of Zalo answer is reported to the dispatcher. */
class ZaloDeliveryTest {

	@Test
	void anOkEnvelopeIsSent() {
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Ok(MissingNode.getInstance())))
			.isInstanceOf(Delivery.Sent.class);
	}

	@Test
	void serverErrorsTimeoutsAndBrokenAnswersAreRetried() {
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(500, "HTTP 500", null)))
			.isInstanceOf(Delivery.Failed.class);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(408, "Request timeout", null)))
			.isInstanceOf(Delivery.Failed.class);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(0, "ok false", null)))
			.isInstanceOf(Delivery.Failed.class);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Broken("timed out"))).isInstanceOf(Delivery.Failed.class);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Bare(MissingNode.getInstance())))
			.isInstanceOf(Delivery.Failed.class);
	}

	@Test
	void ourTokenAndZalosInternal403AreRetriedNotDropped() {
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(401, "Unauthorized", null)))
			.isInstanceOf(Delivery.Failed.class);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(403, "Internal server error", null)))
			.isInstanceOf(Delivery.Failed.class);
	}

	@Test
	void otherClientErrorsAreRejectedForGood() {
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(400, "Bad request", null)))
			.isInstanceOf(Delivery.Rejected.class);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(404, "Not found", null)))
			.isInstanceOf(Delivery.Rejected.class);
	}

	@Test
	void quotaExceededPausesForTheGivenTimeOrHalfAMinute() {
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(429, "Quota exceeded", Duration.ofSeconds(7))))
			.isEqualTo(new Delivery.RetryAfter(Duration.ofSeconds(7)));
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(429, "Quota exceeded", null)))
			.isEqualTo(new Delivery.RetryAfter(ZaloGateway.DEFAULT_RETRY_AFTER));
	}

	@Test
	void aPersonWhoBlockedOrNeverFollowedTheBotIsUnreachableNotRetried() {
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(403, "User has blocked the bot", null)))
			.isEqualTo(new Delivery.Unreachable(Reach.BLOCKED, "403 User has blocked the bot"));
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(400, "Người dùng đã chặn OA", null)))
			.isInstanceOf(Delivery.Unreachable.class)
			.extracting(d -> ((Delivery.Unreachable) d).reach())
			.isEqualTo(Reach.BLOCKED);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(-213, "User has not followed OA", null)))
			.isEqualTo(new Delivery.Unreachable(Reach.NOT_STARTED, "-213 User has not followed OA"));
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(-213, "", null)))
			.isInstanceOf(Delivery.Unreachable.class);
		assertThat(ZaloGateway.delivery(new ZaloApi.Answer.Refused(403, "Internal server error", null)))
			.isInstanceOf(Delivery.Failed.class);
	}

}
