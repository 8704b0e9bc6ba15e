package vn.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import vn.baocao.channel.telegram.TelegramEmulator;
import vn.baocao.channel.telegram.TelegramUser;
import vn.baocao.support.TunedLaunch;

/**
 * Leads completing reports through the Telegram Bot API emulator, against a bare
 * TelegramBots echo bot on the same emulator, each bot a process of its own.
 *
 * <p>
 * What is measured, and why so: baocao answers a private chat at most once a second and
 * the channel at most 30 times a second (Telegram's limits, kept by its outbox), while
 * the echo bot answers at once; waiting for each answer before typing the next would time
 * those limits, not the bot. So every lead's messages of a run are queued at the emulator
 * while the bot process is stopped (SIGSTOP); the clock starts when it continues
 * (SIGCONT) and stops when the bot has handled every update: for baocao, each one stored
 * with its replies queued and confirmed to the Bot API (the emulator has no update left
 * unconfirmed); for the echo bot, each one answered. The bot's CPU time (from the OS) per
 * update covers all the work, for baocao until every reply was delivered. The replies'
 * delivery is reported apart. A warm-up run (every lead's first report) comes first.
 */
public final class EndToEndBench {

	private static final Path JAR = Path.of("target/baocao-bot.jar").toAbsolutePath();

	private static final long FIRST_LEAD = 600_001;

	/**
	 * -Dbench.launch=tuned: baocao started as the Dockerfile starts it (C1 only, class
	 * data sharing); the echo bot is started plainly either way.
	 */
	private static final boolean TUNED = "tuned".equals(System.getProperty("bench.launch"));

	private static final String LAUNCH = TUNED ? "baocao launched as by the Dockerfile"
			: "both launched by plain java -jar";

	private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("bench.timeout", 300));

	private EndToEndBench() {
	}

	public static void main(String[] args) throws Exception {
		int leads = Integer.getInteger("bench.leads", 50);
		int rounds = Integer.getInteger("bench.rounds", 4);
		// warm-up rounds: the JIT compiles the hot paths before the timed rounds
		int warmup = Integer.getInteger("bench.warmup", 2);
		Path dir = Files.createTempDirectory("baocao-e2e");
		Path campaign = CampaignFiles.writeTelegram(dir, leads, FIRST_LEAD);
		TelegramEmulator emulator = TelegramEmulator.shared();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

		String baocaoToken = TelegramEmulator.newToken();
		// e.g. -Dbench.profile=-XX:StartFlightRecording=filename=baocao.jfr to see where
		// the time goes
		String profile = System.getProperty("bench.profile", "");
		List<String> jvm = profile.isBlank() ? List.of("-Xmx256m") : List.of("-Xmx256m", profile);
		List<String> command = new ArrayList<>();
		if (TUNED) {
			command.addAll(TunedLaunch.command(jvm.toArray(String[]::new)));
		}
		else {
			command.add(java);
			command.addAll(jvm);
			command.addAll(List.of("-jar", JAR.toString()));
		}
		command.addAll(List.of("--server.port=0", "--baocao.db-path=" + dir.resolve("e2e.db"),
				"--baocao.campaign-file=" + campaign, "--baocao.now=2024-12-10T14:00", "--logging.level.root=WARN",
				// the scripted leads type faster than BAOCAO_UPDATES_PER_MINUTE lets a
				// person
				"--baocao.limits.updates-per-minute=1000000"));
		Process baocao = start(dir, "baocao", command,
				Map.of("TELEGRAM_BOT_TOKEN", baocaoToken, "TELEGRAM_API_URL", emulator.apiUrl()));
		Run ours;
		try {
			Flood flood = new Flood(emulator, baocaoToken, leads);
			await("baocao polls", () -> emulator.botCallCount(baocaoToken, "getupdates") > 0);
			flood.run(baocao, 0, warmup, () -> emulator.pendingUpdates(baocaoToken).isEmpty());
			await("warm-up reports confirmed", () -> confirmations(emulator, baocaoToken) == leads * warmup);
			int sentBefore = emulator.botCallCount(baocaoToken, "sendmessage");
			ours = flood.run(baocao, warmup, warmup + rounds, () -> emulator.pendingUpdates(baocaoToken).isEmpty());
			long t0 = ours.continuedAt;
			await(() -> "every amendment confirmed; lead 1's chat:\n" + flood.firstChat(),
					() -> confirmations(emulator, baocaoToken) == leads * (warmup + rounds));
			double deliverySeconds = (System.nanoTime() - t0) / 1e9;
			ours = ours.withCpu(CpuTime.of(baocao.toHandle()), ThreadCpu.of(baocao.toHandle()));
			int replies = emulator.botCallCount(baocaoToken, "sendmessage") - sentBefore;
			printRows(leads, warmup, rounds, ours, replies, deliverySeconds, dir, emulator, java);
		}
		finally {
			baocao.destroy();
			baocao.waitFor();
		}
	}

	private static void printRows(int leads, int warmup, int rounds, Run ours, int replies, double deliverySeconds,
			Path dir, TelegramEmulator emulator, String java) throws Exception {
		String echoToken = TelegramEmulator.newToken();
		Process echo = start(dir, "echo", List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				EchoBot.class.getName(), emulator.apiUrl()), Map.of("ECHO_BOT_TOKEN", echoToken));
		Run theirs;
		try {
			Flood flood = new Flood(emulator, echoToken, leads);
			await("the echo bot polls", () -> emulator.botCallCount(echoToken, "getupdates") > 0);
			flood.run(echo, 0, warmup,
					() -> emulator.botCallCount(echoToken, "sendmessage") == flood.updates(0, warmup));
			theirs = flood.run(echo, warmup, warmup + rounds,
					() -> emulator.botCallCount(echoToken, "sendmessage") == flood.updates(0, warmup + rounds));
			theirs = theirs.withCpu(CpuTime.of(echo.toHandle()), ThreadCpu.of(echo.toHandle()));
		}
		finally {
			echo.destroy();
			echo.waitFor();
		}
		int updates = ours.updates;
		double ratio = ours.perSecond() / theirs.perSecond();
		double cpuRatio = ours.cpuPerUpdateMs() / theirs.cpuPerUpdateMs();
		String setting = leads + " leads x " + rounds + " amended reports, " + updates
				+ " updates through the Telegram emulator, " + LAUNCH;
		Row.of("end to end, " + setting + ": updates handled/s at the bot, baocao vs bare echo bot", String
			.format(Locale.ROOT, "%.0f vs %.0f updates/s: ratio %.2f", ours.perSecond(), theirs.perSecond(), ratio),
				"ratio ≥ 0.8", ratio >= 0.8)
			.print();
		Row.of("end to end, " + LAUNCH + ": bot process CPU time per handled update (baocao: its replies included)",
				String.format(Locale.ROOT, "%.2f ms vs %.2f ms: %.2f x (baocao until its replies were queued: %.2f ms)",
						ours.cpuPerUpdateMs(), theirs.cpuPerUpdateMs(), cpuRatio, ours.handlingCpuPerUpdateMs()),
				"≤ 1.5 x echo", cpuRatio <= 1.5)
			.print();
		Row.info("end to end, " + LAUNCH + ": where baocao's CPU went while handling", ours.handlingThreads()).print();
		Row.info("end to end, " + LAUNCH + ": where baocao's CPU went while delivering its replies",
				ours.deliveryThreads())
			.print();
		Row.info("end to end: where the echo bot's CPU went", theirs.handlingThreads()).print();
		Row.info("end to end, " + LAUNCH + ": baocao's replies delivered (paced: 1/s per chat, 30/s overall)",
				String.format(Locale.ROOT, "%d messages in %.1f s (%.1f msg/s), %d of %d reports confirmed", replies,
						deliverySeconds, replies / deliverySeconds, leads * rounds, leads * rounds))
			.print();
	}

	/** One timed run: updates, wall time from SIGCONT to all handled, CPU used. */
	private record Run(int updates, long continuedAt, long nanos, Duration cpuBefore, Duration cpuHandled,
			Duration cpuAfter, ThreadCpu threadsBefore, ThreadCpu threadsHandled, ThreadCpu threadsAfter) {

		Run withCpu(Duration after, ThreadCpu threads) {
			return new Run(updates, continuedAt, nanos, cpuBefore, cpuHandled, after, threadsBefore, threadsHandled,
					threads);
		}

		/**
		 * Where the CPU went while the updates were handled (before delivery, for
		 * baocao).
		 */
		String handlingThreads() {
			return threadsHandled.since(threadsBefore, updates);
		}

		/** Where it went afterwards, until the last reply was delivered. */
		String deliveryThreads() {
			return threadsAfter.since(threadsHandled, updates);
		}

		/** Until every update was handled: for baocao, before its replies went out. */
		double handlingCpuPerUpdateMs() {
			return cpuHandled.minus(cpuBefore).toNanos() / 1e6 / updates;
		}

		double perSecond() {
			return updates / (nanos / 1e9);
		}

		double cpuPerUpdateMs() {
			return cpuAfter.minus(cpuBefore).toNanos() / 1e6 / updates;
		}

	}

	/** Every lead's report, typed in full, queued at once. */
	private static final class Flood {

		private final List<TelegramUser> users = new ArrayList<>();

		Flood(TelegramEmulator emulator, String token, int leads) {
			for (int i = 1; i <= leads; i++) {
				users.add(TelegramUser.inPrivateChat(emulator, token, FIRST_LEAD + i - 1, "Lead " + i, null, null));
			}
		}

		String firstChat() {
			return TelegramUser.describe(users.get(0).received());
		}

		int updates(int fromRound, int toRound) {
			return users.size() * 5 * (toRound - fromRound);
		}

		/**
		 * Rounds [from, to) of every lead queued while the bot is stopped, then timed.
		 */
		Run run(Process bot, int from, int to, BooleanSupplier handled) throws Exception {
			signal(bot, "STOP");
			ExecutorService typists = Executors.newFixedThreadPool(8);
			try {
				List<Future<?>> typing = new ArrayList<>();
				for (int i = 0; i < users.size(); i++) {
					TelegramUser user = users.get(i);
					int lead = i + 1;
					typing.add(typists.submit(() -> {
						for (int round = from; round < to; round++) {
							for (String text : script(lead, round)) {
								if (text.startsWith("/")) {
									user.sendCommand(text);
								}
								else {
									user.sendText(text);
								}
							}
						}
						return null;
					}));
				}
				for (Future<?> done : typing) {
					done.get();
				}
			}
			finally {
				typists.shutdown();
			}
			Duration cpu = CpuTime.of(bot.toHandle());
			ThreadCpu threads = ThreadCpu.of(bot.toHandle());
			long t0 = System.nanoTime();
			signal(bot, "CONT");
			await("all updates handled", handled);
			Duration cpuHandled = CpuTime.of(bot.toHandle());
			ThreadCpu threadsHandled = ThreadCpu.of(bot.toHandle());
			return new Run(updates(from, to), t0, System.nanoTime() - t0, cpu, cpuHandled, cpuHandled, threads,
					threadsHandled, threadsHandled);
		}

	}

	static List<String> script(int lead, int round) {
		int residents = lead + round;
		return List.of(round == 0 ? "/baocao" : "/sua", String.valueOf(residents), String.valueOf(3 * residents),
				(100 * lead + round) + "m", "gửi");
	}

	private static long confirmations(TelegramEmulator emulator, String token) {
		return emulator.botCalls(token, "sendmessage").stream().filter(call -> {
			String text = call.params().path("text").asString();
			return text.contains("Đã nhận báo cáo") || text.contains("Đã lưu bản sửa");
		}).count();
	}

	private static Process start(Path dir, String name, List<String> command, Map<String, String> env)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(name + ".log").toFile());
		builder.environment().putAll(env);
		return builder.start();
	}

	private static void signal(Process process, String signal) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + signal + " failed");
		}
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		await(() -> what, condition);
	}

	private static void await(java.util.function.Supplier<String> what, BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out: " + what.get());
			}
			Thread.sleep(50);
		}
	}

}
