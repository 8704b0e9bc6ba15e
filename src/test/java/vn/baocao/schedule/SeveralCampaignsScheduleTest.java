package vn.baocao.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.impl.matchers.GroupMatcher;

import vn.baocao.campaign.Campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two communes' campaigns in one folder on the real clock and real Quartz: each has its
 * own triggers, each committee gets its own summary once, and the district's group gets
 * the district summary after both.
 */
class SeveralCampaignsScheduleTest {

	@TempDir
	Path dir;

	@Test
	void eachCommuneIsScheduledAndTheDistrictSummaryFollowsBoth() throws Exception {
		RealTimeDay day = RealTimeDay.ahead(Instant.now(), Duration.ofSeconds(12));
		Path folder = Files.createDirectories(dir.resolve("campaigns"));
		Path first = day.write(folder.resolve("a.yml"), day.day());
		String text = Files.readString(first, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("b.yml"),
				text.replace("id: schedule-test", "id: schedule-b")
					.replace("Đợt thử lịch nhắc và tổng hợp", "Xã thứ hai")
					.replace("local-chat-id: \"committee\"", "local-chat-id: \"committee-b\"")
					.replace("lead-", "b-lead-")
					.replace("observer1", "b-observer"),
				StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("district.yml"),
				"name: \"Huyện thử\"\nadmins: { local: [\"huyen\"] }\ncommittee: { local-chat-id: \"committee-huyen\" }\n",
				StandardCharsets.UTF_8);

		try (ScheduledBot bot = ScheduledBot.start(first, dir.resolve("baocao.db"),
				Map.of("baocao.campaign-dir", folder.toString()))) {
			assertThat(bot.bean(Campaigns.class).all()).hasSize(2);
			assertThat(bot.scheduler().getTriggerKeys(GroupMatcher.triggerGroupEquals("baocao/schedule-test")))
				.isNotEmpty();
			assertThat(bot.scheduler().getTriggerKeys(GroupMatcher.triggerGroupEquals("baocao/schedule-b")))
				.isNotEmpty();
			assertThat(bot.scheduler().getTriggerKeys(GroupMatcher.triggerGroupEquals(TriggerInstaller.GROUP)))
				.isEmpty();

			await().atMost(Duration.ofSeconds(90))
				.until(() -> bot.texts("committee").size() == 2 && bot.texts("committee-b").size() == 2
						&& bot.texts("committee-huyen").size() == 1);
			assertThat(bot.texts("committee").get(0)).startsWith("📋 TỔNG HỢP BÁO CÁO NGÀY");
			assertThat(bot.texts("committee-b").get(0)).startsWith("📋 TỔNG HỢP BÁO CÁO NGÀY");
			assertThat(bot.texts("committee-huyen").get(0)).startsWith("📊 BÁO CÁO TỔNG HỢP Huyện thử")
				.contains("• Đợt thử lịch nhắc và tổng hợp: đã báo cáo 0/", "• Xã thứ hai: đã báo cáo 0/");
			assertThat(bot.texts("b-lead-cau")).singleElement().asString().startsWith("⏰ Nhắc báo cáo");
			assertThat(bot.texts("lead-cau")).singleElement().asString().startsWith("⏰ Nhắc báo cáo");
		}
	}

}
