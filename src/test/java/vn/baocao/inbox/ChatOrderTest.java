package vn.baocao.inbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.support.LocalApi;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tomcat threads must not apply one chat's updates interleaved: eight clients post to
 * the same chat at once, and its transcript shows every message followed by its own
 * answer, the next message only after it, and the report dialogue that ran through it
 * intact.
 */
class ChatOrderTest {

	@TempDir
	Path dir;

	@Test
	void concurrentUpdatesOfOneChatAreAppliedOneAfterTheOther() throws Exception {
		try (RunningBot bot = RunningBot.start(dir.resolve("order.db"),
				"baocao.campaign-file=src/test/resources/campaigns/faults.yml",
				"baocao.limits.updates-per-minute=100000")) {
			LocalApi api = bot.local();
			ExecutorService clients = Executors.newFixedThreadPool(8);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> sent = new ArrayList<>();
			for (int client = 0; client < 8; client++) {
				int c = client;
				sent.add(clients.submit(() -> {
					start.await();
					for (int i = 0; i < 5; i++) {
						api.post(Map.of("chatId", "l1", "userId", "l1", "text", "/trogiup", "updateId", c + "-" + i));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : sent) {
				future.get();
			}
			clients.shutdown();
			List<Map<String, Object>> transcript = api.transcript("l1");
			assertThat(transcript).hasSize(80);
			for (int i = 0; i < transcript.size(); i += 2) {
				assertThat(transcript.get(i).get("direction")).as("entry %d", i).isEqualTo("in");
				assertThat(transcript.get(i + 1).get("direction")).as("entry %d", i + 1).isEqualTo("out");
			}
		}
	}

}
