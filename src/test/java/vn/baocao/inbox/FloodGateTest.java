package vn.baocao.inbox;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import vn.baocao.campaign.Channel;
import vn.baocao.roster.UserRef;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.inbox.FloodGate.Verdict.DROP;
import static vn.baocao.inbox.FloodGate.Verdict.PASS;
import static vn.baocao.inbox.FloodGate.Verdict.WARN;

class FloodGateTest {

	private final AtomicLong nanos = new AtomicLong(1);

	private final FloodGate gate = new FloodGate(20, nanos::get);

	private final UserRef fast = new UserRef(Channel.TELEGRAM, "1");

	@Test
	void twentyAMinutePassThenOneNoteThenSilenceUntilItCalms() {
		for (int i = 0; i < 20; i++) {
			assertThat(gate.admit(fast)).isEqualTo(PASS);
			nanos.addAndGet(1_000_000_000L);
		}
		assertThat(gate.admit(fast)).isEqualTo(WARN);
		for (int i = 0; i < 100; i++) {
			assertThat(gate.admit(fast)).isEqualTo(DROP);
		}
		// 41 s later the first update leaves the window: one passes, the flood stays
		// silent
		nanos.addAndGet(41_000_000_000L);
		assertThat(gate.admit(fast)).isEqualTo(PASS);
		assertThat(gate.admit(fast)).isEqualTo(PASS);
		nanos.addAndGet(2_000_000_000L);
		assertThat(gate.admit(new UserRef(Channel.TELEGRAM, "2"))).as("another person").isEqualTo(PASS);
		// calm for a whole minute: a full minute's worth again, a new note past it
		nanos.addAndGet(61_000_000_000L);
		for (int i = 0; i < 20; i++) {
			assertThat(gate.admit(fast)).isEqualTo(PASS);
		}
		assertThat(gate.admit(fast)).isEqualTo(WARN);
	}

	@Test
	void aFastLeadWithinTheLimitIsNeverHeldUp() {
		for (int i = 0; i < 200; i++) {
			assertThat(gate.admit(fast)).isEqualTo(PASS);
			nanos.addAndGet(3_000_000_000L);
		}
	}

}
