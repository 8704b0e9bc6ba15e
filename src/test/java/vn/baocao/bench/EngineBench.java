package vn.baocao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.baocao.BaocaoApplication;
import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Inbound;
import vn.baocao.inbox.InboundProcessor;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;
import vn.baocao.support.TestClockConfig;

/**
 * Engine plus durable commit per update: the whole way in (dedupe marker, dialogue,
 * report revision, outbox or transcript rows, one SQLite transaction in WAL) for leads
 * reporting and amending, timed update by update.
 */
public final class EngineBench {

	private EngineBench() {
	}

	public static void main(String[] args) throws Exception {
		int leads = 50;
		int warmup = Integer.getInteger("bench.warmup", 2_000);
		int measured = Integer.getInteger("bench.updates", 10_000);
		Path dir = Files.createTempDirectory("baocao-bench");
		Path campaign = CampaignFiles.write(dir, leads);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BaocaoApplication.class,
				TestClockConfig.class)
			.run("--server.port=0", "--baocao.db-path=" + dir.resolve("bench.db"), "--baocao.campaign-file=" + campaign,
					"--logging.level.root=WARN", "--baocao.limits.updates-per-minute=1000000",
					"--baocao.db-synchronous=" + System.getProperty("bench.synchronous", "FULL"))) {
			InboundProcessor processor = context.getBean(InboundProcessor.class);
			long[] nanos = new long[measured];
			int[] round = new int[leads + 1];
			int[] step = new int[leads + 1];
			long started = 0;
			for (int i = 0; i < warmup + measured; i++) {
				if (i == warmup) {
					started = System.nanoTime();
				}
				int lead = 1 + i % leads;
				String text = script(lead, round[lead], step[lead]);
				step[lead] = (step[lead] + 1) % 5;
				if (step[lead] == 0) {
					round[lead]++;
				}
				Inbound in = new Inbound(Channel.LOCAL, "l" + lead, Inbound.ChatKind.PRIVATE,
						new ChatUser(new UserRef(Channel.LOCAL, "l" + lead), "Lead " + lead, null),
						Inbound.parseText(text), "b" + i);
				long t0 = System.nanoTime();
				processor.process(in);
				if (i >= warmup) {
					nanos[i - warmup] = System.nanoTime() - t0;
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			Arrays.sort(nanos);
			List<Row> rows = new ArrayList<>();
			rows.add(Row.info("engine + durable commit per update, p50 (" + measured + " updates, " + leads + " leads)",
					Row.ms(nanos[measured / 2])));
			rows.add(Row.info("engine + durable commit per update, p99", Row.ms(nanos[(int) (measured * 0.99)])));
			rows.add(Row.info("engine + durable commit, sequential throughput",
					String.format(Locale.ROOT, "%.0f updates/s", measured / seconds)));
			rows.forEach(Row::print);
		}
	}

	private static String script(int lead, int round, int step) {
		return switch (step) {
			case 0 -> round == 0 ? "/baocao" : "/sua";
			case 1 -> String.valueOf(lead + round % 100);
			case 2 -> String.valueOf(3 * (lead + round % 100));
			case 3 -> (100 * lead + round) + "m";
			default -> "gửi";
		};
	}

}
