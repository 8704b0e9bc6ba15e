package vn.baocao.inbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Inbound;
import vn.baocao.messaging.Outbound;
import vn.baocao.report.DailyReport;
import vn.baocao.report.Reports;
import vn.baocao.report.Value;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;
import vn.baocao.support.LocalApi;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;

class RestartAndRedeliveryTest {

	@TempDir
	Path dir;

	@Test
	void aLeadContinuesAfterARestartAtTheSameQuestionWithEveryEarlierAnswer() {
		Path db = dir.resolve("data/baocao.db");
		try (RunningBot bot = RunningBot.start(db)) {
			LocalApi api = bot.local();
			api.send("c1", "u1", "/baocao");
			api.send("c1", "u1", "40");
			assertThat(LocalApi.last(api.send("c1", "u1", "120"))).contains("Hôm nay ấp đã làm những việc nào");
			api.send("c1", "u1", "1 8");
		}
		try (RunningBot bot = RunningBot.start(db)) {
			LocalApi api = bot.local();
			assertThat(LocalApi.all(api.send("c1", "u1", "/baocao"))).contains("đang làm dở")
				.contains("Phát quang, dọn vệ sinh đường");
			api.send("c1", "u1", "1.330m");
			api.send("c1", "u1", "2");
			api.send("c1", "u1", "85");
			api.send("c1", "u1", "/bo");
			List<LocalApi.Reply> confirmation = api.send("c1", "u1", "/bo");
			assertThat(LocalApi.last(confirmation)).contains("• Số người dân tham gia: 40 người")
				.contains("• Phát quang, dọn vệ sinh đường: 1.330 m");
			api.press("c1", "u1", confirmation.get(confirmation.size() - 1).payload("Gửi"));

			DailyReport report = bot.bean(Reports.class)
				.find("cau", java.time.LocalDate.of(2024, 12, 10))
				.orElseThrow();
			Map<String, Value> values = report.latest().values();
			assertThat(values).containsOnlyKeys("residents", "soldiers", "cleared_m", "propaganda_sessions",
					"propaganda_attendees");
			assertThat(((Value.Number) values.get("soldiers")).amount()).isEqualByComparingTo("120");
			assertThat(api.transcript("c1")).anySatisfy(
					entry -> assertThat(String.valueOf(entry.get("text"))).contains("Đã nhận báo cáo của Ấp Cầu"));
		}
	}

	@Test
	void aRedeliveredUpdateIsAppliedOnceEvenAfterARestart() {
		Path db = dir.resolve("baocao.db");
		Inbound report = inbound("/baocao", "tg-1");
		Inbound answer = inbound("40", "tg-2");
		try (RunningBot bot = RunningBot.start(db)) {
			InboundProcessor processor = bot.bean(InboundProcessor.class);
			assertThat(processor.process(report)).isNotEmpty();
			List<Outbound> first = processor.process(answer);
			assertThat(last(first)).contains("Số cán bộ, chiến sĩ");
			assertThat(processor.process(answer)).isEmpty();
		}
		try (RunningBot bot = RunningBot.start(db)) {
			InboundProcessor processor = bot.bean(InboundProcessor.class);
			assertThat(processor.process(answer)).isEmpty();
			List<Outbound> next = processor.process(inbound("120", "tg-3"));
			assertThat(last(next)).contains("Hôm nay ấp đã làm những việc nào");
		}
	}

	private static String last(List<Outbound> replies) {
		return replies.get(replies.size() - 1).text();
	}

	private static Inbound inbound(String text, String updateId) {
		return new Inbound(Channel.LOCAL, "u1", Inbound.ChatKind.PRIVATE,
				new ChatUser(new UserRef(Channel.LOCAL, "u1"), "Lan", null), Inbound.parseText(text), updateId);
	}

}
