package vn.baocao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.baocao.BaocaoApplication;
import vn.baocao.schedule.Reminders;
import vn.baocao.support.TestClockConfig;

/**
 * A reminder to 1,000 leads on Telegram: the reminder service enqueues one message per
 * lead, and the outbox's dispatcher sends them to {@link StrictBotApi}, which refuses
 * (429) any message over 30 in a second. Timed from the reminder until the last message
 * arrived.
 */
public final class BroadcastBench {

	private BroadcastBench() {
	}

	public static void main(String[] args) throws Exception {
		int leads = Integer.getInteger("bench.leads", 1_000);
		Path dir = Files.createTempDirectory("baocao-broadcast");
		Path campaign = CampaignFiles.writeTelegram(dir, leads, 500_001);
		try (StrictBotApi api = new StrictBotApi();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(BaocaoApplication.class,
						TestClockConfig.class)
					.web(WebApplicationType.NONE)
					.run("--baocao.db-path=" + dir.resolve("broadcast.db"), "--baocao.campaign-file=" + campaign,
							"--baocao.telegram.token=123456:BENCH", "--baocao.telegram.api-url=" + api.url(),
							"--logging.level.root=WARN")) {
			long t0 = System.nanoTime();
			int reminded = context.getBean(Reminders.class).remindMissing(LocalDate.of(2024, 12, 10)).leadsReminded();
			long deadline = t0 + (reminded / StrictBotApi.PER_SECOND + 60) * 1_000_000_000L;
			while (api.arrivals().size() < reminded && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			List<Long> arrivals = api.arrivals();
			boolean all = arrivals.size() == reminded && reminded == leads;
			double seconds = ((all ? arrivals.get(arrivals.size() - 1) : System.nanoTime()) - t0) / 1e9;
			double rate = arrivals.size() / seconds;
			int busiest = StrictBotApi.busiestSecond(api.attempts());
			Row.of("reminder to " + leads + " Telegram leads: duration (reminder to last message arrived)",
					String.format(Locale.ROOT, "%.1f s, %d of %d delivered", seconds, arrivals.size(), reminded),
					"all delivered", all)
				.print();
			Row.of("reminder broadcast: messages/s against Telegram's 30 msg/s",
					String.format(Locale.ROOT, "%.1f msg/s (%.0f %%)", rate, 100 * rate / StrictBotApi.PER_SECOND),
					"≥ 95 % (28.5 msg/s)", rate >= 0.95 * StrictBotApi.PER_SECOND)
				.print();
			Row.of("reminder broadcast: most sends in any one second; 429s received",
					busiest + " in a second; " + api.refused() + " × 429", "≤ 30; 0",
					busiest <= StrictBotApi.PER_SECOND && api.refused() == 0)
				.print();
		}
	}

}
