package vn.baocao.inbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.baocao.campaign.Channel;
import vn.baocao.conversation.Inbound;
import vn.baocao.messaging.Outbound;
import vn.baocao.roster.ChatUser;
import vn.baocao.roster.UserRef;
import vn.baocao.support.RunningBot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several updates stored in one commit ({@link InboundProcessor#inOneCommit}), on a real
 * SQLite file, through the local channel (whose replies are written in the same
 * transaction, as the outbox rows of the other channels are): nothing of them is on disk
 * before the commit, one that fails is undone alone, and a batch that cannot commit
 * leaves nothing behind, so handling its updates again one by one applies each once.
 */
class GroupCommitTest {

	@TempDir
	Path dir;

	@Test
	void nothingOfABatchIsStoredUntilItCommitsAndThenAllOfIt() {
		Path file = dir.resolve("batch.db");
		try (RunningBot bot = RunningBot.start(file)) {
			InboundProcessor processor = bot.bean(InboundProcessor.class);
			List<Integer> seenDuringTheBatch = new ArrayList<>();
			boolean committed = processor.inOneCommit(() -> {
				processor.process(inbound("u1", "/baocao", "b-1"));
				processor.process(inbound("u1", "40", "b-2"));
				processor.process(inbound("o1", "/baocao", "b-3"));
				seenDuringTheBatch.add(countFromOutside(file, "SELECT count(*) FROM processed_update"));
				seenDuringTheBatch.add(countFromOutside(file, "SELECT count(*) FROM local_message"));
			});

			assertThat(committed).isTrue();
			assertThat(seenDuringTheBatch).as("updates and replies seen by another connection before the commit")
				.containsExactly(0, 0);
			assertThat(countFromOutside(file, "SELECT count(*) FROM processed_update")).isEqualTo(3);
			JdbcClient db = bot.bean(JdbcClient.class);
			assertThat(queued(db, "u1")).last().asString().contains("Số cán bộ, chiến sĩ");
			assertThat(queued(db, "o1")).as("the other unit's first question").isNotEmpty();
		}
	}

	@Test
	void anUpdateThatFailsInABatchIsUndoneAloneAndItsPersonAskedToTryAgain() {
		try (RunningBot bot = RunningBot.start(dir.resolve("failing.db"))) {
			InboundProcessor processor = bot.bean(InboundProcessor.class);
			JdbcClient db = bot.bean(JdbcClient.class);
			processor.process(inbound("o1", "/baocao", "f-0"));
			// a dialogue row that cannot be read: handling this chat fails
			db.sql("UPDATE conversation SET state_json = '{not json' WHERE chat_id = 'o1'").update();

			List<Outbound> failed = new ArrayList<>();
			boolean committed = processor.inOneCommit(() -> {
				processor.process(inbound("u1", "/baocao", "f-1"));
				failed.addAll(processor.process(inbound("o1", "40", "f-2")));
				processor.process(inbound("u1", "40", "f-3"));
			});

			assertThat(committed).isTrue();
			assertThat(failed).singleElement().extracting(Outbound::text).asString().contains("Xin lỗi");
			assertThat(db.sql("SELECT update_id FROM processed_update ORDER BY update_id").query(String.class).list())
				.as("applied: the failed update is not marked, so a redelivery applies it")
				.containsExactly("f-0", "f-1", "f-3");
			assertThat(queued(db, "u1")).last().asString().contains("Số cán bộ, chiến sĩ");
			assertThat(queued(db, "o1")).last().asString().contains("Xin lỗi");
		}
	}

	@Test
	void aBatchThatCannotCommitLeavesNothingSoEachUpdateIsAppliedOnceAfter() {
		try (RunningBot bot = RunningBot.start(dir.resolve("rolledback.db"))) {
			InboundProcessor processor = bot.bean(InboundProcessor.class);
			JdbcClient db = bot.bean(JdbcClient.class);
			List<Inbound> batch = List.of(inbound("u1", "/baocao", "r-1"), inbound("u1", "40", "r-2"));

			boolean committed = processor.inOneCommit(() -> {
				batch.forEach(processor::process);
				throw new IllegalStateException("disk I/O error at commit");
			});

			assertThat(committed).isFalse();
			assertThat(db.sql("SELECT count(*) FROM processed_update").query(Integer.class).single()).isZero();
			assertThat(db.sql("SELECT count(*) FROM local_message").query(Integer.class).single()).isZero();
			assertThat(db.sql("SELECT count(*) FROM conversation").query(Integer.class).single()).isZero();

			// what the Telegram inbox then does: each again, in its own commit
			batch.forEach(processor::process);
			assertThat(db.sql("SELECT count(*) FROM processed_update").query(Integer.class).single()).isEqualTo(2);
			assertThat(queued(db, "u1")).last().asString().contains("Số cán bộ, chiến sĩ");
		}
	}

	private static List<String> queued(JdbcClient db, String chatId) {
		return db.sql("SELECT message_json FROM local_message WHERE chat_id = ? AND direction = 'out' ORDER BY id")
			.param(chatId)
			.query(String.class)
			.list();
	}

	private static int countFromOutside(Path file, String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			return rs.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Inbound inbound(String chatId, String text, String updateId) {
		return new Inbound(Channel.LOCAL, chatId, Inbound.ChatKind.PRIVATE,
				new ChatUser(new UserRef(Channel.LOCAL, chatId), "Lan", null), Inbound.parseText(text), updateId);
	}

}
