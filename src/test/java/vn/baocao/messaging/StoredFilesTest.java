package vn.baocao.messaging;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The file store on a real SQLite file, migrated by Flyway as the application does. */
class StoredFilesTest {

	@TempDir
	Path dir;

	StoredFiles files;

	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		DataSource db = database();
		jdbc = JdbcClient.create(db);
		files = new StoredFiles(jdbc, Clock.fixed(Instant.parse("2024-12-10T08:05:00Z"), ZoneOffset.UTC));
	}

	/** A migrated database; the SQLite file here, PostgreSQL in the subclass. */
	DataSource database() {
		SQLiteDataSource db = new SQLiteDataSource();
		db.setUrl("jdbc:sqlite:" + dir.resolve("files.db"));
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		return db;
	}

	@Test
	void aFileComesBackByteForByteWithItsNameAndType() {
		byte[] bytes = new byte[256];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) i;
		}
		Attachment attachment = files.store(new FileContent("baocao-2024-12-10.xlsx", FileContent.XLSX, bytes, false));

		assertThat(attachment.name()).isEqualTo("baocao-2024-12-10.xlsx");
		assertThat(attachment.picture()).isFalse();
		StoredFiles.StoredFile stored = files.find(attachment.id()).orElseThrow();
		assertThat(stored.content().bytes()).isEqualTo(bytes);
		assertThat(stored.content().contentType()).isEqualTo(FileContent.XLSX);
		assertThat(stored.content().picture()).isFalse();
		assertThat(stored.createdAt()).isEqualTo("2024-12-10T08:05:00Z");
		// kept as a blob, not turned into a number or text by the column's affinity
		assertThat(jdbc.sql(storedTypeQuery()).query(String.class).single()).isEqualTo(binaryType());
	}

	/** The query for the stored value's own type, in this database's SQL. */
	String storedTypeQuery() {
		return "SELECT typeof(bytes) FROM stored_file";
	}

	String binaryType() {
		return "blob";
	}

	@Test
	void aPictureIsKnownAsOneWhenReadBack() {
		Attachment chart = files
			.store(new FileContent("tiendo-2024-12-10.png", FileContent.PNG, new byte[] { 1 }, true));
		assertThat(chart.picture()).isTrue();
		assertThat(files.find(chart.id()).orElseThrow().content().picture()).isTrue();
	}

	@Test
	void idsAreRandomAndSafeInALink() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			ids.add(files.store(new FileContent("f.png", FileContent.PNG, new byte[] { 0 }, true)).id());
		}
		assertThat(ids).hasSize(200).allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
	}

	@Test
	void anUnknownIdFindsNothing() {
		assertThat(files.find("AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
	}

}
