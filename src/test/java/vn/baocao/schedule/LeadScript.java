package vn.baocao.schedule;

import java.util.List;

import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hamlet lead filling in today's report on the local channel, the way a person would.
 */
final class LeadScript {

	private LeadScript() {
	}

	/**
	 * Starts the report, answers {@code answers} in order (the two required counts, the
	 * menu of sections, then each chosen section's figures), skips whatever optional
	 * question is left and sends.
	 */
	static void report(LocalApi api, String userId, String... answers) {
		api.send(userId, userId, "/baocao");
		for (String answer : answers) {
			api.send(userId, userId, answer);
		}
		List<LocalApi.Reply> replies = List.of();
		for (int i = 0; i < 10; i++) {
			replies = api.send(userId, userId, "/bo");
			if (LocalApi.last(replies).startsWith("Kiểm tra báo cáo")) {
				break;
			}
		}
		assertThat(LocalApi.last(replies)).as("the report of " + userId + " reaches its check")
			.startsWith("Kiểm tra báo cáo");
		assertThat(LocalApi.last(api.send(userId, userId, "gửi"))).startsWith("✅ Đã nhận báo cáo");
	}

}
