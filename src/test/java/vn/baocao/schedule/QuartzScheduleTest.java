package vn.baocao.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.JobListenerSupport;

import vn.baocao.support.LocalApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedule as it runs for real: Quartz, the run records in the SQLite file, the
 * system clock, triggers a few seconds ahead of now, the local channel for the chats (a
 * lead's private chat id is their user id). Each test starts the whole bot, some twice on
 * the same database.
 */
class QuartzScheduleTest {

	private static final Map<String, String> LATE_AFTER_2S = Map.of("baocao.schedule.late-after", "2s");

	@TempDir
	Path dir;

	@Test
	void threeOfEightReportTheMissingLeadsAreRemindedAndTheCommitteeGetsTheSummaryOnce() {
		Started started = startAhead("e2e", Duration.ofSeconds(15), Map.of(), true);
		RealTimeDay day = started.day();
		try (ScheduledBot bot = started.bot()) {
			LocalApi api = bot.api();
			LeadScript.report(api, "lead-cau", "40", "100", "1 7", "1.330", "10.500.000");
			LeadScript.report(api, "lead-trai-bi", "20", "60", "1", "500");
			LeadScript.report(api, "lead-moi", "10", "50", "0");
			assertThat(Instant.now()).as("the reports came before the reminder").isBefore(day.at(day.reminder()));

			List<String> missingLeads = List.of("lead-san-bay", "lead-bau-dung", "lead-go-cat", "lead-dong-dai");
			await().atMost(Duration.ofSeconds(90))
				.until(() -> missingLeads.stream().allMatch(lead -> bot.texts(lead).size() == 1)
						&& bot.texts("committee").size() == 2 && bot.texts("sup-go-cat").size() == 2);

			// the supervisor of a missing hamlet: one warning at the last reminder, one
			// note at the close
			assertThat(bot.texts("sup-go-cat").get(0)).startsWith("⚠️ Còn").contains("• Ấp Gò Cát: người báo cáo");
			assertThat(bot.texts("sup-go-cat").get(1)).startsWith("🔔 Đã hết giờ báo cáo").contains("Ấp Gò Cát");
			// the supervisor of a hamlet that reported: its digest, no warning
			assertThat(bot.texts("sup-cau")).singleElement().asString().startsWith("📋 Ấp Cầu đã báo cáo");

			assertThat(bot.texts("lead-go-cat")).singleElement()
				.asString()
				.startsWith("⏰ Nhắc báo cáo ngày " + SummaryTextDay.of(day.day()) + ": Ấp Gò Cát chưa gửi báo cáo.")
				.contains("Gõ /baocao để bắt đầu.");
			for (String reported : List.of("lead-cau", "lead-trai-bi", "lead-moi")) {
				assertThat(bot.texts(reported)).as(reported).noneMatch(text -> text.contains("Nhắc báo cáo"));
			}
			// the admin: the hamlet without a lead at the reminder, then the final report
			// (which goes to each admin privately too)
			await().atMost(Duration.ofSeconds(30)).until(() -> bot.texts("admin1").size() == 2);
			assertThat(bot.texts("admin1").get(0)).contains("• Ấp Xóm Tháp (mã xom-thap)").doesNotContain("Ấp Sân Bay");
			assertThat(bot.texts("admin1").get(1)).startsWith("📊 SƠ KẾT ĐỢT: Đợt thử lịch nhắc và tổng hợp");

			String summary = bot.texts("committee").get(0);
			assertThat(summary).startsWith("📋 TỔNG HỢP BÁO CÁO NGÀY " + SummaryTextDay.of(day.day()))
				.contains("(ngày 2/2)", "\nĐã báo cáo: 3/8 ấp\n",
						"Chưa báo cáo (5 ấp):\n• Ấp Sân Bay (phụ trách: Trần Hòa Tuẩn)\n"
								+ "• Ấp Bàu Đưng (phụ trách: Nguyễn Thị Diệu Thu)\n• Ấp Gò Cát (phụ trách: Lê Đăng Khoa)\n"
								+ "• Ấp Đồng Dài (phụ trách: Lương Duy Lâm)\n• Ấp Xóm Tháp (phụ trách: Võ Tuấn Kiệt)\n",
						"• Số người dân tham gia: 70 người\n",
						"• Số cán bộ, chiến sĩ lực lượng vũ trang tham gia: 210 người\n",
						"• Phát quang, dọn vệ sinh đường: 1.830 m\n", "• Tiền vận động được: 10.500.000 đ\n",
						"• Phát quang, dọn vệ sinh đường: 1.830 m / chỉ tiêu 9.900 m (18,5%)\n",
						"• Trong ngày: 70 : 210, tức 1 : 3: đạt")
				.doesNotContain("Gửi muộn", "trễ hạn");
			String finalReport = bot.texts("committee").get(1);
			assertThat(finalReport).startsWith("📊 SƠ KẾT ĐỢT: Đợt thử lịch nhắc và tổng hợp")
				.contains("• Ấp Cầu: 1 đúng hạn, 0 trễ hạn, 1 chưa báo cáo",
						"• Ấp Xóm Tháp: 0 đúng hạn, 0 trễ hạn, 2 chưa báo cáo");
			assertThat(bot.texts("observer1")).containsExactly(summary, finalReport);

			Runs runs = bot.bean(Runs.class);
			assertThat(runs.find(Run.reminder(day.day(), day.reminder())).orElseThrow().outcome())
				.isEqualTo(Outcome.SENT);
			assertThat(runs.find(Run.summary(day.day())).orElseThrow().outcome()).isEqualTo(Outcome.SENT);
			assertThat(runs.find(Run.campaignEnd(day.day())).orElseThrow().outcome()).isEqualTo(Outcome.SENT);

			// Quartz fires both jobs again for the same day: nothing more is sent.
			Scheduler scheduler = bot.scheduler();
			AtomicInteger executed = countExecutions(scheduler);
			JobDataMap data = new JobDataMap(Map.of(TriggerInstaller.DAY, day.day().toString(), TriggerInstaller.SLOT,
					day.reminder().toString()));
			scheduler.triggerJob(TriggerInstaller.SUMMARY_JOB, data);
			scheduler.triggerJob(TriggerInstaller.REMINDER_JOB, data);
			await().atMost(Duration.ofSeconds(30)).until(() -> executed.get() == 2);
			assertThat(bot.texts("committee")).hasSize(2);
			assertThat(bot.texts("lead-go-cat")).hasSize(1);
			assertThat(bot.texts("admin1")).hasSize(2);
			assertThat(bot.texts("sup-go-cat")).hasSize(2);
		}
		catch (org.quartz.SchedulerException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void aSummaryMissedWhileTheBotWasDownIsSentOnceWhenItIsBackAndSaysItIsLate() {
		Started started = startAhead("restart", Duration.ofSeconds(5), LATE_AFTER_2S, false);
		RealTimeDay day = started.day();
		started.bot().close();
		Instant summaryDue = day.at(day.summary());
		await().atMost(Duration.ofMinutes(3)).until(() -> Instant.now().isAfter(summaryDue.plusSeconds(3)));

		try (ScheduledBot bot = ScheduledBot.start(started.campaign(), started.database(), LATE_AFTER_2S)) {
			Runs runs = bot.bean(Runs.class);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> runs.isDone(Run.summary(day.day()))
						&& runs.isDone(Run.reminder(day.day(), day.reminder())));
			assertThat(bot.texts("committee")).singleElement()
				.asString()
				.startsWith("📋 TỔNG HỢP BÁO CÁO NGÀY " + SummaryTextDay.of(day.day()))
				.contains("⏰ Gửi muộn: bản tổng hợp này lẽ ra gửi lúc", "Đã báo cáo: 0/8 ấp");
			assertThat(runs.find(Run.summary(day.day())).orElseThrow().outcome()).isEqualTo(Outcome.SENT_LATE);
			// The reminder's window had closed while the bot was down: dropped, and
			// nobody was messaged.
			assertThat(runs.find(Run.reminder(day.day(), day.reminder())).orElseThrow().outcome())
				.isEqualTo(Outcome.DROPPED_WINDOW_CLOSED);
			assertThat(bot.texts("lead-cau")).isEmpty();
			assertThat(bot.texts("admin1")).isEmpty();
			// the last reminder was dropped, so no warning; the close still tells the
			// supervisor once
			await().atMost(Duration.ofSeconds(30)).until(() -> bot.texts("sup-go-cat").size() == 1);
			assertThat(bot.texts("sup-go-cat")).singleElement().asString().startsWith("🔔 Đã hết giờ báo cáo");

			// Starting once more finds the day done: no trigger comes back, nothing is
			// sent again.
			bot.bean(TriggerInstaller.class).install();
			assertThat(bot.scheduler().checkExists(TriggerInstaller.key(Run.summary(day.day())))).isFalse();
			assertThat(bot.scheduler().checkExists(TriggerInstaller.key(Run.summary(day.day().plusDays(1))))).isTrue();
			assertThat(bot.texts("committee")).hasSize(1);
			assertThat(bot.texts("sup-go-cat")).hasSize(1);
		}
		catch (org.quartz.SchedulerException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void aChangedCampaignFileIsFollowedAtTheNextStart() throws Exception {
		Instant now = Instant.now();
		RealTimeDay day = RealTimeDay.ahead(now, Duration.ofHours(1));
		LocalDate tomorrow = day.day().plusDays(1);
		Path campaign = day.write(dir.resolve("changed.yml"), tomorrow);
		Path database = dir.resolve("changed.db");
		try (ScheduledBot bot = ScheduledBot.start(campaign, database, Map.of())) {
			assertThat(triggers(bot.scheduler())).containsExactlyInAnyOrderEntriesOf(Map.of(
					Run.reminder(day.day(), day.reminder()).id(), day.at(day.reminder()), Run.close(day.day()).id(),
					day.at(day.closes()), Run.summary(day.day()).id(), day.at(day.summary()),
					Run.reminder(tomorrow, day.reminder()).id(), day.at(day.reminder()).plus(Duration.ofDays(1)),
					Run.close(tomorrow).id(), day.at(day.closes()).plus(Duration.ofDays(1)), Run.summary(tomorrow).id(),
					day.at(day.summary()).plus(Duration.ofDays(1))));
		}
		RealTimeDay moved = new RealTimeDay(day.zone(), day.day(), day.opens(), day.reminder().plusMinutes(10),
				day.closes().plusMinutes(30), day.summary().plusMinutes(30));
		moved.write(campaign, tomorrow);
		try (ScheduledBot bot = ScheduledBot.start(campaign, database, Map.of())) {
			Map<String, Instant> triggers = triggers(bot.scheduler());
			assertThat(triggers).doesNotContainKey(Run.reminder(day.day(), day.reminder()).id())
				.containsEntry(Run.reminder(day.day(), moved.reminder()).id(), moved.at(moved.reminder()))
				.containsEntry(Run.summary(day.day()).id(), moved.at(moved.summary()))
				.containsEntry(Run.close(day.day()).id(), moved.at(moved.closes()))
				.hasSize(6);
		}
	}

	/** Trigger name → first fire time, for the bot's own group. */
	private static Map<String, Instant> triggers(Scheduler scheduler) throws org.quartz.SchedulerException {
		Map<String, Instant> triggers = new java.util.HashMap<>();
		for (var key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(TriggerInstaller.GROUP))) {
			Trigger trigger = scheduler.getTrigger(key);
			triggers.put(key.getName(), trigger.getStartTime().toInstant());
		}
		return triggers;
	}

	private static AtomicInteger countExecutions(Scheduler scheduler) throws org.quartz.SchedulerException {
		AtomicInteger executed = new AtomicInteger();
		scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
			@Override
			public String getName() {
				return "count-executions";
			}

			@Override
			public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
				executed.incrementAndGet();
			}
		});
		return executed;
	}

	record Started(ScheduledBot bot, RealTimeDay day, Path campaign, Path database) {
	}

	/**
	 * Starts the bot on a fresh database with its reminder still {@code spare} ahead once
	 * the bot is up. Start-up time varies a lot on a busy machine: if it took too long,
	 * the next attempt puts the day further ahead by what it measured.
	 */
	private Started startAhead(String name, Duration spare, Map<String, String> settings, boolean endsToday) {
		Duration lead = Duration.ofSeconds(20).plus(spare);
		for (int attempt = 1; attempt <= 3; attempt++) {
			Instant begin = Instant.now();
			RealTimeDay day = RealTimeDay.ahead(begin, lead);
			Path campaign = day.write(dir.resolve(name + attempt + ".yml"),
					endsToday ? day.day() : day.day().plusDays(1));
			Path database = dir.resolve(name + attempt + ".db");
			ScheduledBot bot = ScheduledBot.start(campaign, database, settings);
			Instant up = Instant.now();
			if (up.plus(spare).isBefore(day.at(day.reminder()))) {
				return new Started(bot, day, campaign, database);
			}
			bot.close();
			lead = Duration.between(begin, up).multipliedBy(2).plus(spare);
		}
		throw new AssertionError("The bot never started " + spare.toSeconds() + "s before its reminder");
	}

	/** The day as the summary writes it. */
	private static final class SummaryTextDay {

		static String of(LocalDate day) {
			return vn.baocao.summary.SummaryText.day(day);
		}

	}

}
