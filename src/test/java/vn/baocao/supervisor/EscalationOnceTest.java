package vn.baocao.supervisor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.campaign.Channel;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.roster.Supervisors;
import vn.baocao.roster.UserRef;
import vn.baocao.supervisor.SupervisorEscalation.Stage;
import vn.baocao.support.MutableClock;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The escalation on the whole application and a real SQLite file, called the way the
 * scheduler will call it: a (hamlet, day, stage) is told once, however often it runs, and
 * across a restart; nothing is claimed by a transaction that rolls back.
 */
class EscalationOnceTest {

	static final String CAMPAIGN = "baocao.campaign-file=src/test/resources/supervisors/campaign.yml";

	static final LocalDate DAY = LocalDate.of(2024, 12, 10);

	@TempDir
	Path dir;

	@Test
	void eachStageIsToldOncePerHamletAndDayEvenWhenCalledTwiceAndAfterARestart() {
		Path db = dir.resolve("baocao.db");
		try (RunningBot bot = RunningBot.start(db, CAMPAIGN)) {
			assertThat(bot.bean(Supervisors.class).hamletsOf(new UserRef(Channel.LOCAL, "gam")))
				.as("the campaign file's supervisor with a local id, bound at start")
				.containsExactly("cau", "trai-bi");
			bot.bean(MutableClock.class).set("2024-12-10T14:30");

			assertThat(escalate(bot, Stage.LAST_REMINDER)).singleElement()
				.satisfies(message -> assertThat(message.text()).startsWith("⚠️ Còn 30 phút nữa")
					.contains("• Ấp Cầu: người báo cáo u1 (kênh local)")
					.contains("• Ấp Trại Bí: người báo cáo u2 (kênh local)"));
			assertThat(escalate(bot, Stage.LAST_REMINDER)).isEmpty();
			assertThat(sentTo(bot, "gam")).hasSize(1);
		}
		try (RunningBot bot = RunningBot.start(db, CAMPAIGN)) {
			MutableClock clock = bot.bean(MutableClock.class);
			clock.set("2024-12-10T14:40");
			assertThat(escalate(bot, Stage.LAST_REMINDER)).isEmpty();

			clock.set("2024-12-10T15:00");
			assertThat(escalate(bot, Stage.WINDOW_CLOSED)).hasSize(1);
			assertThat(escalate(bot, Stage.WINDOW_CLOSED)).isEmpty();
		}
		try (RunningBot bot = RunningBot.start(db, CAMPAIGN)) {
			bot.bean(MutableClock.class).set("2024-12-10T15:05");
			assertThat(escalate(bot, Stage.WINDOW_CLOSED)).isEmpty();
			assertThat(sentTo(bot, "gam")).hasSize(2)
				.last()
				.asString()
				.startsWith(
						"🔔 Đã hết giờ báo cáo ngày 10/12/2024 (15:00) mà vẫn chưa có báo cáo của Ấp Cầu, Ấp Trại Bí.");
		}
	}

	@Test
	void itMustRunInTheCallersTransactionAndARolledBackRunClaimsNothing() {
		try (RunningBot bot = RunningBot.start(dir.resolve("baocao.db"), CAMPAIGN)) {
			bot.bean(MutableClock.class).set("2024-12-10T14:30");
			SupervisorEscalation escalation = bot.bean(SupervisorEscalation.class);

			assertThatThrownBy(() -> escalation.escalate(DAY, Stage.LAST_REMINDER))
				.isInstanceOf(IllegalTransactionStateException.class);

			bot.bean(TransactionTemplate.class).executeWithoutResult(status -> {
				bot.bean(Outbox.class).enqueue(escalation.escalate(DAY, Stage.LAST_REMINDER));
				status.setRollbackOnly();
			});
			assertThat(sentTo(bot, "gam")).isEmpty();

			assertThat(escalate(bot, Stage.LAST_REMINDER)).hasSize(1);
			assertThat(sentTo(bot, "gam")).hasSize(1);
		}
	}

	/** What the scheduler's job does: escalate and queue in one transaction. */
	private static List<Outbound> escalate(RunningBot bot, Stage stage) {
		SupervisorEscalation escalation = bot.bean(SupervisorEscalation.class);
		Outbox outbox = bot.bean(Outbox.class);
		return bot.bean(TransactionTemplate.class).execute(status -> {
			List<Outbound> messages = escalation.escalate(DAY, stage);
			outbox.enqueue(messages);
			return messages;
		});
	}

	private static List<Object> sentTo(RunningBot bot, String chatId) {
		return bot.local()
			.transcript(chatId)
			.stream()
			.filter(entry -> "out".equals(entry.get("direction")))
			.map((Map<String, Object> entry) -> entry.get("text"))
			.toList();
	}

}
