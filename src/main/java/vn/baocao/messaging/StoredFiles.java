package vn.baocao.messaging;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files messages carry, kept in the database beside the outbox: store a file in the
 * transaction that queues the message pointing at it, and every retry (or a download
 * later) finds the same bytes. Ids are random, since they end up in download links.
 */
@Repository
public class StoredFiles {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	public StoredFiles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A stored file as the channels and the download endpoint read it. */
	public record StoredFile(String id, FileContent content, Instant createdAt) {
	}

	/** Stores the file and returns what a message attaches to point at it. */
	public Attachment store(FileContent file) {
		String id = newId();
		jdbc.sql("INSERT INTO stored_file (id, name, content_type, bytes, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, file.name(), file.contentType(), file.bytes(), clock.millis())
			.update();
		return new Attachment(file.name(), id, file.picture());
	}

	public Optional<StoredFile> find(String id) {
		return jdbc.sql("SELECT id, name, content_type, bytes, created_at FROM stored_file WHERE id = ?")
			.param(id)
			.query((rs, n) -> {
				String contentType = rs.getString("content_type");
				return new StoredFile(rs.getString("id"), new FileContent(rs.getString("name"), contentType,
						rs.getBytes("bytes"), contentType.startsWith("image/")),
						Instant.ofEpochMilli(rs.getLong("created_at")));
			})
			.optional();
	}

	/** 128 random bits, URL-safe: nobody finds a file by counting. */
	private static String newId() {
		byte[] bits = new byte[16];
		RANDOM.nextBytes(bits);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
	}

}
