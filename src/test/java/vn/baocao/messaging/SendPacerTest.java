package vn.baocao.messaging;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram's limits (Bot FAQ) on a clock the test moves: the pacer only ever sees the
 * instants given.
 */
class SendPacerTest {

	private static final Instant T0 = Instant.parse("2024-12-10T07:00:00Z");

	private final SendPacer pacer = new SendPacer(RateLimits.TELEGRAM);

	@Test
	void aPrivateChatGetsAtMostOneMessageASecond() {
		pacer.sent("7001", false, T0);
		assertThat(pacer.delay("7001", false, T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
		assertThat(pacer.delay("7001", false, T0.plusSeconds(1))).isZero();
		assertThat(pacer.delay("7002", false, T0.plusMillis(400))).as("another chat").isZero();
	}

	@Test
	void aGroupGetsAtMostTwentyMessagesAMinute() {
		for (int i = 0; i < 20; i++) {
			assertThat(pacer.delay("-1001", true, T0.plusSeconds(i))).isZero();
			pacer.sent("-1001", true, T0.plusSeconds(i));
		}
		assertThat(pacer.delay("-1001", true, T0.plusSeconds(20))).isEqualTo(Duration.ofSeconds(40));
		assertThat(pacer.delay("-1002", true, T0.plusSeconds(20))).as("another group").isZero();
		assertThat(pacer.delay("-1001", true, T0.plusSeconds(60).plusMillis(1))).isZero();
	}

	@Test
	void theWholeChannelGetsAtMostThirtyMessagesASecond() {
		for (int i = 0; i < 30; i++) {
			pacer.sent(String.valueOf(8000 + i), false, T0.plusMillis(i));
		}
		assertThat(pacer.delay("9999", false, T0.plusMillis(500))).isEqualTo(Duration.ofMillis(500));
		assertThat(pacer.delay("9999", false, T0.plusSeconds(1))).isZero();
	}

	/**
	 * A message in three parts takes three places: with 28 calls in the last second it
	 * waits until the oldest has left, and afterwards it counts three times.
	 */
	@Test
	void aMessageOfSeveralCallsTakesAPlaceForEach() {
		for (int i = 0; i < 28; i++) {
			pacer.sent(String.valueOf(8000 + i), false, T0.plusMillis(i * 10));
		}
		assertThat(pacer.delay("9999", false, T0.plusMillis(500), 2)).as("two fit").isZero();
		assertThat(pacer.delay("9999", false, T0.plusMillis(500), 3)).isEqualTo(Duration.ofMillis(500));
		assertThat(pacer.windowDelay(T0.plusMillis(500), 3)).isEqualTo(Duration.ofMillis(500));
		pacer.sent("9999", false, T0.plusMillis(1000), 3);
		// 27 of the first remain (the oldest left at 1 s) plus 3: full until the next
		// leaves
		assertThat(pacer.delay("9998", false, T0.plusMillis(1005))).isEqualTo(Duration.ofMillis(5));
		// a group's minute counts every part
		pacer.sent("-1001", true, T0, 19);
		assertThat(pacer.delay("-1001", true, T0.plusSeconds(2), 2)).isEqualTo(Duration.ofSeconds(58));
		// more calls than a limit holds: waits for an empty window, never forever
		assertThat(pacer.delay("-1002", true, T0.plusSeconds(2), 50)).isZero();
	}

	@Test
	void theWindowDelayIsTheSecondsQuotaAloneNotAChatsGapNorAPause() {
		pacer.sent("7001", false, T0);
		assertThat(pacer.windowDelay(T0.plusMillis(10))).as("one chat's gap holds no one else").isZero();
		for (int i = 1; i < 30; i++) {
			pacer.sent(String.valueOf(8000 + i), false, T0.plusMillis(i));
		}
		assertThat(pacer.windowDelay(T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
		pacer.pause(T0.plusSeconds(5));
		assertThat(pacer.windowDelay(T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
		assertThat(pacer.delay("9999", false, T0.plusMillis(400))).isEqualTo(Duration.ofMillis(4600));
	}

	@Test
	void aPauseHoldsEveryChatUntilItEndsAndIsNeverShortened() {
		pacer.pause(T0.plusSeconds(7));
		pacer.pause(T0.plusSeconds(3));
		assertThat(pacer.delay("7001", false, T0)).isEqualTo(Duration.ofSeconds(7));
		assertThat(pacer.delay("-1001", true, T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(2));
		assertThat(pacer.delay("7001", false, T0.plusSeconds(7))).isZero();
	}

	@Test
	void unlimitedNeverWaits() {
		SendPacer local = new SendPacer(RateLimits.UNLIMITED);
		for (int i = 0; i < 100; i++) {
			local.sent("c1", false, T0);
		}
		assertThat(local.delay("c1", false, T0)).isZero();
	}

}
