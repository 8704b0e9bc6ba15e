package vn.baocao.channel.telegram;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.baocao.support.TestClockConfig;

/**
 * A whole application on the Bot API emulator with the Telegram test campaign, its own
 * bot token and database, at 14:00 on the first campaign day: the base of the scenarios
 * other features play on Telegram. Each scenario class gets a fresh application, so one
 * scenario's changes (a reassigned hamlet) never leak into another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class TelegramScenario {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	@TempDir
	static Path dir;

	@BeforeAll
	static void startEmulator() {
		TelegramEmulator.shared();
	}

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		TelegramEmulator emulator = TelegramEmulator.shared();
		String token = TelegramEmulator.newToken();
		Path db = dir.resolve("scenario-" + DATABASES.incrementAndGet() + ".db");
		registry.add("baocao.telegram.token", () -> token);
		registry.add("baocao.telegram.api-url", emulator::apiUrl);
		registry.add("baocao.db-path", db::toString);
		registry.add("baocao.campaign-file", () -> TelegramChannelTest.CAMPAIGN);
	}

	@Autowired
	Environment environment;

	/** A person in their private chat with the bot. */
	TelegramUser user(long id, String name) {
		return TelegramUser.inPrivateChat(TelegramEmulator.shared(),
				environment.getRequiredProperty("baocao.telegram.token"), id, name, "Nguyễn", "u" + id);
	}

}
