package vn.baocao.photo;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import vn.baocao.campaign.Channel;
import vn.baocao.campaign.Timeliness;
import vn.baocao.report.Reports;
import vn.baocao.report.Revision;
import vn.baocao.report.Value;
import vn.baocao.roster.UserRef;
import vn.baocao.support.FakePhotoServer;
import vn.baocao.support.LocalApi;
import vn.baocao.support.LocalApi.Reply;
import vn.baocao.support.MutableClock;
import vn.baocao.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The photo keeper on the seed campaign with a real SQLite file, fetching from a photo
 * host on a real socket: a JPEG and a PNG kept, a file that only pretends to be an image
 * and one over the cap refused, one that times out tried again later and then kept; a
 * photo replaced by an amendment stays out of the zip; /xuatanh gives the zip in its
 * layout and /soket the document with the photos and a word on the ones not kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "baocao.photos.max-size=60KB", "baocao.photos.timeout=1500ms", "baocao.photos.every=1h",
				"baocao.photos.retry-after=1m" })
@Import({ TestClockConfig.class, PhotoKeepingTest.FakeSource.class })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhotoKeepingTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final FakePhotoServer HOST = new FakePhotoServer();

	static final byte[] JPEG = FakePhotoServer.jpeg(800, 600, Color.RED);

	static final byte[] PNG = FakePhotoServer.png(400, 300, Color.BLUE);

	static final byte[] JPEG_C = FakePhotoServer.jpeg(300, 400, Color.ORANGE);

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("baocao.db-path", () -> dir.resolve("photos.db").toString());
	}

	/** A channel whose photo references ("fake:/path") point at {@link #HOST}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FakeSource {

		@Bean
		PhotoSource fakePhotoSource(PhotoSettings settings) {
			PhotoDownload download = new PhotoDownload(settings.timeout());
			return new PhotoSource() {
				@Override
				public boolean handles(String ref) {
					return ref.startsWith("fake:");
				}

				@Override
				public Fetch fetch(String ref, long maxBytes) {
					return download.get(URI.create(HOST.url() + ref.substring("fake:".length())), maxBytes);
				}
			};
		}

	}

	static {
		// not closed after this class: PhotoKeepingPostgresTest shares it (a static of
		// this class)
		Runtime.getRuntime().addShutdownHook(new Thread(HOST::close, "fake-photo-host-stop"));
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Reports reports;

	@Autowired
	PhotoKeeper keeper;

	@Autowired
	JdbcClient jdbc;

	LocalApi api;

	@BeforeEach
	void setUp() {
		api = new LocalApi(port);
		clock.set("2024-12-12T16:00");
		if (reports.find("cau", LocalDate.of(2024, 12, 10)).isEmpty()) {
			HOST.serve("/a.jpg", JPEG, "image/jpeg")
				.serve("/b.png", PNG, "image/png")
				.serve("/c.jpg", JPEG_C, "image/jpeg")
				.serve("/fake.jpg", "<html>xin chào</html>".getBytes(StandardCharsets.UTF_8), "image/jpeg")
				.serve("/big.jpg", new byte[70_000], "image/jpeg")
				.hang("/slow.jpg");
			report("cau", "2024-12-10", 1, "14:05", "fake:/a.jpg", "fake:/b.png");
			report("cau", "2024-12-11", 1, "14:10", "fake:/fake.jpg");
			report("cau", "2024-12-11", 2, "16:10", "fake:/c.jpg");
			report("moi", "2024-12-10", 1, "14:20", "fake:/big.jpg", "fake:/slow.jpg");
		}
	}

	@Test
	@Order(1)
	void eachPhotoIsKeptCheckedByItsBytesCappedOrTriedAgainLater() {
		keeper.keepNow();

		assertThat(state("fake:/a.jpg")).isEqualTo("KEPT");
		assertThat(state("fake:/b.png")).isEqualTo("KEPT");
		assertThat(state("fake:/c.jpg")).isEqualTo("KEPT");
		assertThat(state("fake:/fake.jpg")).isEqualTo("REFUSED");
		assertThat(reason("fake:/fake.jpg")).isEqualTo("not a JPEG or PNG image");
		assertThat(state("fake:/big.jpg")).isEqualTo("REFUSED");
		assertThat(reason("fake:/big.jpg")).startsWith("over the size cap");
		assertThat(state("fake:/slow.jpg")).isEqualTo("WAITING");
		assertThat(reason("fake:/slow.jpg")).startsWith("no answer within");
		// kept with the revision that carried it, the bytes in the file store
		Map<String, Object> a = jdbc
			.sql("SELECT unit_code, day, revision, content_type, size, file_id FROM kept_photo "
					+ "WHERE ref = 'fake:/a.jpg'")
			.query()
			.singleRow();
		assertThat(a).containsEntry("unit_code", "cau")
			.containsEntry("day", "2024-12-10")
			.containsEntry("content_type", "image/jpeg");
		assertThat(((Number) a.get("size")).intValue()).isEqualTo(JPEG.length);
		byte[] stored = jdbc.sql("SELECT bytes FROM stored_file WHERE id = ?")
			.param(a.get("file_id"))
			.query(byte[].class)
			.single();
		assertThat(stored).isEqualTo(JPEG);
		assertThat(jdbc.sql("SELECT revision FROM kept_photo WHERE ref = 'fake:/c.jpg'").query(Integer.class).single())
			.isEqualTo(2);

		// a second pass fetches nothing again before the retry is due
		int before = HOST.hits("/a.jpg");
		keeper.keepNow();
		assertThat(HOST.hits("/a.jpg")).isEqualTo(before);
		assertThat(state("fake:/slow.jpg")).isEqualTo("WAITING");
	}

	@Test
	@Order(2)
	void theZipHasUnitDayAndNumberAndLeavesOutWhatIsNotKept() throws IOException {
		keeper.keepNow();
		Reply reply = api.send("admin1", "admin1", "/xuatanh").get(0);
		assertThat(reply.text()).startsWith("Ảnh hoạt động từ ngày 10/12/2024 đến ngày 12/12/2024: 3 ảnh")
			.contains("Có 2 ảnh chưa lưu được");
		assertThat(reply.file().name()).isEqualTo("anh-2024-12-10-den-2024-12-12.zip");
		Map<String, byte[]> entries = unzip(download(reply.file().url()));
		assertThat(entries.keySet()).containsExactly("cau/2024-12-10/01.jpg", "cau/2024-12-10/02.jpg",
				"cau/2024-12-11/01.jpg");
		assertThat(entries.get("cau/2024-12-10/01.jpg")).isEqualTo(JPEG);
		// the PNG is a JPEG in the zip, as its name says
		assertThat(PhotoBytes.type(entries.get("cau/2024-12-10/02.jpg"))).contains(PhotoBytes.JPEG);
		assertThat(entries.get("cau/2024-12-11/01.jpg")).isEqualTo(JPEG_C);

		assertThat(api.send("admin1", "admin1", "/photos 11/12").get(0).text())
			.startsWith("Ảnh hoạt động từ ngày 11/12/2024 đến ngày 11/12/2024: 1 ảnh");
		assertThat(api.send("admin1", "admin1", "/photos 12/12").get(0).text())
			.isEqualTo("Từ ngày 12/12/2024 đến ngày 12/12/2024 chưa có ảnh nào được lưu (số ảnh chưa lưu được: 0).");
		assertThat(api.send("u1", "u1", "/xuatanh")).allMatch(r -> r.file() == null);
	}

	@Test
	@Order(3)
	void aPhotoThatTimedOutIsKeptWhenTheRetryIsDueAndTheHostAnswers() throws IOException {
		keeper.keepNow();
		HOST.serve("/slow.jpg", FakePhotoServer.jpeg(500, 500, Color.GREEN), "image/jpeg");
		clock.set("2024-12-12T16:30");
		keeper.keepNow();
		assertThat(state("fake:/slow.jpg")).isEqualTo("KEPT");
		Reply reply = api.send("admin1", "admin1", "/xuatanh 10/12").get(0);
		assertThat(unzip(download(reply.file().url())).keySet()).containsExactly("cau/2024-12-10/01.jpg",
				"cau/2024-12-10/02.jpg", "moi/2024-12-10/02.jpg");
	}

	@Test
	@Order(4)
	void theDocumentShowsAFewPhotosPerUnitCaptionedAndSaysWhatCouldNotBeKept() throws IOException {
		keeper.keepNow();
		Reply reply = api.send("admin1", "admin1", "/soket").get(0);
		assertThat(reply.file().name()).isEqualTo("tiendo-2024-12-12.docx");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(reply.file().url())))) {
			// one a day per unit: Cầu 10/12 and 11/12, Mới 10/12 (once the slow one is
			// kept)
			assertThat(doc.getAllPictures()).hasSize(state("fake:/slow.jpg").equals("KEPT") ? 3 : 2);
			String text = new XWPFWordExtractor(doc).getText();
			assertThat(text).contains("IV. HÌNH ẢNH HOẠT ĐỘNG", "Ấp Cầu, ngày 10/12/2024", "Ấp Cầu, ngày 11/12/2024",
					"Có 1 ảnh các đơn vị gửi không lưu được");
		}
	}

	@Test
	@Order(5)
	void anOrganisationsPhotosAreInTheZipUnderItsCodeAndInTheDocument() throws IOException {
		HOST.serve("/d.jpg", FakePhotoServer.jpeg(640, 480, Color.MAGENTA), "image/jpeg");
		Map<String, Value> values = new LinkedHashMap<>();
		values.put("medical_checkups", new Value.Number(java.math.BigDecimal.valueOf(25)));
		values.put("photos", new Value.Photos(List.of("fake:/d.jpg")));
		reports.addRevision("tramyte", LocalDate.of(2024, 12, 12),
				new Revision(1, values, new UserRef(Channel.LOCAL, "o1"), "Hồng",
						LocalDateTime.parse("2024-12-12T14:15").atZone(VIETNAM).toInstant(), Timeliness.ON_TIME));
		keeper.keepNow();
		assertThat(state("fake:/d.jpg")).isEqualTo("KEPT");

		Reply zip = api.send("admin1", "admin1", "/xuatanh 12/12").get(0);
		assertThat(unzip(download(zip.file().url())).keySet()).containsExactly("tramyte/2024-12-12/01.jpg");
		// the whole range: the hamlets' photos first, then the organisation's, day by day
		Reply all = api.send("admin1", "admin1", "/xuatanh 10/12 12/12").get(0);
		assertThat(unzip(download(all.file().url())).keySet()).endsWith("tramyte/2024-12-12/01.jpg");

		Reply document = api.send("admin1", "admin1", "/soket").get(0);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(document.file().url())))) {
			assertThat(new XWPFWordExtractor(doc).getText()).contains("Trạm y tế xã, ngày 12/12/2024");
		}
	}

	private String state(String ref) {
		return jdbc.sql("SELECT state FROM kept_photo WHERE ref = ?").param(ref).query(String.class).single();
	}

	private String reason(String ref) {
		return jdbc.sql("SELECT reason FROM kept_photo WHERE ref = ?").param(ref).query(String.class).single();
	}

	private byte[] download(String url) {
		return RestClient.create("http://127.0.0.1:" + port).get().uri(url).retrieve().body(byte[].class);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private void report(String hamlet, String day, int number, String time, String... photos) {
		Map<String, Value> values = new LinkedHashMap<>();
		values.put("residents", new Value.Number(java.math.BigDecimal.TEN));
		values.put("soldiers", new Value.Number(java.math.BigDecimal.valueOf(30)));
		values.put("photos", new Value.Photos(List.of(photos)));
		reports.addRevision(hamlet, LocalDate.parse(day),
				new Revision(number, values, new UserRef(Channel.LOCAL, "u1"), "Lan",
						LocalDateTime.parse(day + "T" + time).atZone(VIETNAM).toInstant(),
						number == 1 ? Timeliness.ON_TIME : Timeliness.LATE));
	}

}
