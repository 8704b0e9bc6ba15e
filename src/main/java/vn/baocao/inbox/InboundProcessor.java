package vn.baocao.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.conversation.Conversations;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Routing;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Reachability;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.SeenUsers;
import vn.baocao.storage.SharedDatabase;

/**
 * The one way in. The dedupe marker, the new dialogue state, any stored report and the
 * queued replies commit together, so a crash between any two steps leaves either all or
 * none of them and a redelivered update is applied exactly once.
 */
@Service
@EnableConfigurationProperties(LimitSettings.class)
public class InboundProcessor {

	private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

	private final TransactionTemplate transactions;

	/**
	 * An update's own transaction, or a savepoint when it is handled within a batch's
	 * ({@link #inOneCommit}).
	 */
	private final TransactionTemplate ownOrSavepoint;

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final Routing router;

	private final Outbox outbox;

	private final SeenUsers roster;

	private final Texts texts;

	private final Clock clock;

	private final FloodGate flood;

	private final Reachability reachability;

	private final HandledUpdates metrics;

	private final SharedDatabase database;

	/**
	 * One lock per stripe of chats, fair so that threads waiting for the same chat go in
	 * the order they arrived: two webhook or local requests of one chat are applied one
	 * after the other, in arrival order, never interleaved.
	 */
	private final ReentrantLock[] chatLocks = new ReentrantLock[256];

	InboundProcessor(TransactionTemplate transactions, JdbcClient jdbc, Conversations conversations, Routing router,
			Outbox outbox, SeenUsers roster, Texts texts, Clock clock, LimitSettings limits, Reachability reachability,
			ObjectProvider<HandledUpdates> metrics, SharedDatabase database) {
		this.database = database;
		this.flood = new FloodGate(limits.updatesPerMinute());
		this.reachability = reachability;
		this.metrics = metrics.getIfAvailable(() -> HandledUpdates.NONE);
		for (int i = 0; i < chatLocks.length; i++) {
			chatLocks[i] = new ReentrantLock(true);
		}
		this.transactions = transactions;
		this.ownOrSavepoint = new TransactionTemplate(transactions.getTransactionManager(), transactions);
		this.ownOrSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.router = router;
		this.outbox = outbox;
		this.roster = roster;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Handles one update and returns the replies it produced (also queued for delivery).
	 * Never throws: a failure is logged with the update id and the user is asked to try
	 * again.
	 */
	public List<Outbound> process(Inbound in) {
		return process(in, () -> {
		});
	}

	/**
	 * The same, running {@code received} first while holding the chat's turn (the local
	 * channel writes its transcript there, so a chat's transcript never interleaves two
	 * updates).
	 */
	public List<Outbound> process(Inbound in, Runnable received) {
		long started = System.nanoTime();
		ReentrantLock lock = chatLocks[Math.floorMod((in.channel().key() + in.chatId()).hashCode(), chatLocks.length)];
		lock.lock();
		try {
			received.run();
			FloodGate.Verdict verdict = flood.admit(in.user().ref());
			if (verdict != FloodGate.Verdict.PASS) {
				metrics.handled(in.channel(), "limited", Duration.ofNanos(System.nanoTime() - started));
				return verdict == FloodGate.Verdict.WARN ? slowDown(in) : List.of();
			}
			// before the replies are queued: a dispatcher woken by them must not find the
			// chat still marked unreachable and drop them
			reachability.markReachable(in.channel(), in.chatId());
			Applied applied = ownOrSavepoint.execute(status -> apply(in));
			metrics.handled(in.channel(), applied.fresh() ? "applied" : "duplicate",
					Duration.ofNanos(System.nanoTime() - started));
			return applied.replies();
		}
		catch (RuntimeException ex) {
			log.error("Update {} from {} chat {} failed; the user was asked to try again", in.updateId(),
					in.channel().key(), in.chatId(), ex);
			metrics.handled(in.channel(), "failed", Duration.ofNanos(System.nanoTime() - started));
			List<Outbound> sorry = List.of(Outbound.text(in.channel(), in.chatId(), texts.get("error.try-again")));
			queue(sorry, "the apology");
			return sorry;
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Runs {@code updates}, which hands a poll's updates to {@link #process} one after
	 * the other, in one transaction: one commit, so one sync of the database file, for
	 * the lot instead of one each (group commit). Each update still has a savepoint of
	 * its own, so one that fails is undone alone and its person asked to try again, and
	 * the replies are sent only after this commit, so "Đã nhận" is still said only of
	 * what is on disk. On SQLite the transaction holds the write lock throughout, so
	 * nothing in {@code updates} may wait on the network. Returns false, everything
	 * undone, when the batch could not commit: the caller then handles the updates again
	 * one by one (the dedupe markers were undone too, so each is applied once).
	 */
	public boolean inOneCommit(Runnable updates) {
		try {
			transactions.executeWithoutResult(status -> updates.run());
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("A batch of updates could not be committed together ({}); handling them one by one",
					ex.toString());
			return false;
		}
	}

	/**
	 * The first update past the person's limit: one polite note (in a group addressed to
	 * them by name), nothing applied; they may send it again once things calm down.
	 */
	private List<Outbound> slowDown(Inbound in) {
		log.info("{} user {} passed the limit of updates a minute; their updates are dropped until it calms",
				in.channel().key(), in.user().ref().userId());
		String text = in.isPrivate() ? texts.get("flood.slow-down")
				: texts.get("flood.slow-down.group", in.user().shownName());
		List<Outbound> note = List.of(Outbound.text(in.channel(), in.chatId(), text));
		queue(note, "the slow-down note");
		return note;
	}

	private void queue(List<Outbound> messages, String what) {
		try {
			transactions.executeWithoutResult(status -> outbox.enqueue(messages));
		}
		catch (RuntimeException again) {
			log.error("Could not even queue {} for chat {}", what, messages.get(0).chatId(), again);
		}
	}

	private record Applied(boolean fresh, List<Outbound> replies) {
	}

	private Applied apply(Inbound in) {
		// another instance on the same PostgreSQL applies this chat's next update after
		// this
		// one commits (the lock above orders this instance's own threads)
		database.holdForTransaction("chat/" + in.channel().key() + "/" + in.chatId());
		if (in.updateId() != null && !markProcessed(in)) {
			log.debug("Update {} from {} already applied; ignored", in.updateId(), in.channel().key());
			return new Applied(false, List.of());
		}
		roster.remember(in.user(), clock.instant());
		if (in.isPrivate()) {
			roster.rememberPrivateChat(in.user().ref(), in.chatId());
		}
		DialogState state = conversations.load(in.channel(), in.chatId());
		Turn turn = router.route(in, state);
		if (!turn.state().equals(state)) {
			conversations.save(in.channel(), in.chatId(), turn.state());
		}
		outbox.enqueue(turn.replies());
		return new Applied(true, turn.replies());
	}

	private boolean markProcessed(Inbound in) {
		return jdbc.sql("""
				INSERT INTO processed_update (channel, update_id, processed_at) VALUES (?, ?, ?)
				ON CONFLICT (channel, update_id) DO NOTHING""")
			.params(in.channel().key(), in.updateId(), clock.millis())
			.update() == 1;
	}

}
