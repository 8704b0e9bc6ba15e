package vn.baocao.inbox;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.baocao.conversation.Conversations;
import vn.baocao.conversation.DialogState;
import vn.baocao.conversation.Inbound;
import vn.baocao.conversation.Router;
import vn.baocao.conversation.Turn;
import vn.baocao.messaging.Outbound;
import vn.baocao.messaging.Outbox;
import vn.baocao.messaging.Texts;
import vn.baocao.roster.Roster;

/**
 * The one way in. The dedupe marker, the new dialogue state, any stored report and the
 * queued replies commit together, so a crash between any two steps leaves either all or
 * none of them and a redelivered update is applied exactly once.
 */
@Service
public class InboundProcessor {

	private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final Router router;

	private final Outbox outbox;

	private final Roster roster;

	private final Texts texts;

	private final Clock clock;

	InboundProcessor(TransactionTemplate transactions, JdbcClient jdbc, Conversations conversations, Router router,
			Outbox outbox, Roster roster, Texts texts, Clock clock) {
		this.transactions = transactions;
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
		try {
			return transactions.execute(status -> apply(in));
		}
		catch (RuntimeException ex) {
			log.error("Update {} from {} chat {} failed; the user was asked to try again", in.updateId(),
					in.channel().key(), in.chatId(), ex);
			List<Outbound> sorry = List.of(Outbound.text(in.channel(), in.chatId(), texts.get("error.try-again")));
			try {
				transactions.executeWithoutResult(status -> outbox.enqueue(sorry));
			}
			catch (RuntimeException again) {
				log.error("Could not even queue the apology for chat {}", in.chatId(), again);
			}
			return sorry;
		}
	}

	private List<Outbound> apply(Inbound in) {
		if (in.updateId() != null && !markProcessed(in)) {
			log.debug("Update {} from {} already applied; ignored", in.updateId(), in.channel().key());
			return List.of();
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
		return turn.replies();
	}

	private boolean markProcessed(Inbound in) {
		return jdbc.sql("""
				INSERT INTO processed_update (channel, update_id, processed_at) VALUES (?, ?, ?)
				ON CONFLICT (channel, update_id) DO NOTHING""")
			.params(in.channel().key(), in.updateId(), clock.millis())
			.update() == 1;
	}

}
