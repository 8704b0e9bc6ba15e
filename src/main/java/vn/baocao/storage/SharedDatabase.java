package vn.baocao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What several instances sharing one PostgreSQL database need from it, and nothing on
 * SQLite, where one process has the file and a write transaction has it to itself:
 * <ul>
 * <li>{@link #holdForTransaction}: a transaction-scoped advisory lock, so two instances
 * applying updates of one chat go one after the other;</li>
 * <li>{@link #senderLock}: the session-scoped advisory lock that elects the one instance
 * that sends; the server frees it when that instance's connection ends (a process killed
 * -9 included), and another takes it;</li>
 * <li>{@link #announce} and the sender's {@code LISTEN}: an instance that queued messages
 * wakes the sender, wherever it runs.</li>
 * </ul>
 */
@Component
public class SharedDatabase {

	private static final Logger log = LoggerFactory.getLogger(SharedDatabase.class);

	/** The channel of the outbox's announcements. */
	static final String OUTBOX_CHANNEL = "baocao_outbox";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final boolean postgres;

	public SharedDatabase(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.postgres = isPostgres(dataSource);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reach the database: " + ex.getMessage(), ex);
		}
	}

	/** Whether other instances may share this database (PostgreSQL). */
	public boolean isShared() {
		return postgres;
	}

	/**
	 * Holds {@code key} until the caller's transaction ends: a transaction of another
	 * instance (or thread) holding the same key waits for it. Nothing on SQLite.
	 */
	public void holdForTransaction(String key) {
		if (postgres) {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(key).query(Object.class).single();
		}
	}

	/** Wakes the sender, on whichever instance it runs. Nothing on SQLite. */
	public void announce() {
		if (postgres) {
			jdbc.sql("SELECT pg_notify('" + OUTBOX_CHANNEL + "', '')").query(Object.class).single();
		}
	}

	/** The lock that makes one instance the sender. */
	public SenderLock senderLock(String name) {
		return postgres ? new PostgresSenderLock(dataSource, name) : SenderLock.ALWAYS;
	}

	/** Held by at most one instance at a time. */
	public interface SenderLock {

		/** One process on a SQLite file: always its own. */
		SenderLock ALWAYS = new SenderLock() {
			@Override
			public boolean held() {
				return true;
			}

			@Override
			public boolean awaitAnnouncement(long millis) {
				return false;
			}

			@Override
			public void close() {
			}
		};

		/** Whether this instance holds it now, taking it when it is free. */
		boolean held();

		/**
		 * Waits up to {@code millis} for an instance to announce queued messages; true if
		 * one did. Only the holder listens.
		 */
		boolean awaitAnnouncement(long millis) throws InterruptedException;

		void close();

	}

	/**
	 * {@code pg_try_advisory_lock} on a connection kept for it, which also
	 * {@code LISTEN}s to the outbox's announcements. A broken connection has lost the
	 * lock (the server freed it); the next {@link #held()} tries again on a new one.
	 */
	static final class PostgresSenderLock implements SenderLock {

		private final DataSource dataSource;

		private final String name;

		private @Nullable Connection connection;

		private boolean holding;

		private long checkedAt;

		PostgresSenderLock(DataSource dataSource, String name) {
			this.dataSource = dataSource;
			this.name = name;
		}

		@Override
		public synchronized boolean held() {
			long now = System.nanoTime();
			if (holding && now - checkedAt < 1_000_000_000L) {
				return true;
			}
			checkedAt = now;
			try {
				if (connection == null || !connection.isValid(2)) {
					if (holding) {
						log.warn("The sender lock's connection broke: this instance no longer sends");
					}
					discardConnection();
					holding = false;
					connection = dataSource.getConnection();
					connection.setAutoCommit(true);
				}
				if (!holding) {
					holding = tryLock(connection);
					if (holding) {
						try (Statement listen = connection.createStatement()) {
							listen.execute("LISTEN " + OUTBOX_CHANNEL);
						}
						log.info("This instance sends the outbox's messages (lock '{}')", name);
					}
				}
				return holding;
			}
			catch (SQLException ex) {
				log.warn("The sender lock cannot be checked ({}): this instance does not send for now",
						ex.getMessage());
				discardConnection();
				holding = false;
				return false;
			}
		}

		private boolean tryLock(Connection c) throws SQLException {
			try (PreparedStatement statement = c
				.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
				statement.setString(1, name);
				try (ResultSet rs = statement.executeQuery()) {
					return rs.next() && rs.getBoolean(1);
				}
			}
		}

		@Override
		public boolean awaitAnnouncement(long millis) throws InterruptedException {
			Connection c;
			synchronized (this) {
				c = holding ? connection : null;
			}
			if (c == null) {
				Thread.sleep(millis);
				return false;
			}
			try {
				PGNotification[] notes = c.unwrap(PGConnection.class).getNotifications((int) Math.max(1, millis));
				return notes != null && notes.length > 0;
			}
			catch (SQLException ex) {
				synchronized (this) {
					checkedAt = 0;
				}
				return false;
			}
		}

		@Override
		public synchronized void close() {
			Connection c = connection;
			if (c != null && holding) {
				// back to the pool: the session must not keep the lock or the LISTEN
				try (Statement release = c.createStatement()) {
					release.execute("UNLISTEN *");
					release.execute("SELECT pg_advisory_unlock_all()");
				}
				catch (SQLException ex) {
					// the connection is broken: the server has freed both
				}
			}
			closeConnection();
			holding = false;
		}

		private void closeConnection() {
			Connection c = connection;
			connection = null;
			if (c != null) {
				try {
					c.close();
				}
				catch (SQLException ex) {
					// gone already
				}
			}
		}

		/**
		 * A connection that failed a check is not given back to a pool as it is: aborted,
		 * so that a session still holding the lock (a check that timed out) never lands
		 * in the pool with it.
		 */
		private void discardConnection() {
			Connection c = connection;
			connection = null;
			if (c != null) {
				try {
					c.abort(Runnable::run);
				}
				catch (SQLException | RuntimeException ex) {
					// gone already
				}
				try {
					c.close();
				}
				catch (SQLException ex) {
					// gone already
				}
			}
		}

	}

}
